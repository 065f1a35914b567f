/** The form every settings tab saves through: Save button, "Saved" line, and the server's refusal word for word. */
import { h } from './dom.js';
import { problemArea, statusLine, whileBusy } from './channels-ui.js';

/**
 * A settings form: its fields, the Save button, the "Saved" line and the place for the server's refusal.
 * submit() returns the inbox the server answered with.
 */
export function settingsForm(key, { fields, submit, saveLabel = 'Save', shared }) {
    const problem = problemArea(`${key}-problem`);
    const status = statusLine(`${key}-status`);
    const save = h('button', { type: 'submit', class: 'button button--primary', text: saveLabel, dataset: { testid: `${key}-save` } });
    const form = h('form', { class: 'settings-form', noValidate: true, dataset: { testid: `${key}-form` } },
        fields, problem.element, h('div', { class: 'settings-form__actions' }, save, status.element));
    form.addEventListener('input', () => status.clear());
    form.addEventListener('submit', event => {
        event.preventDefault();
        whileBusy(save, async () => {
            problem.clear();
            status.clear();
            try {
                const changed = await submit();
                if (changed) shared.saved(changed);
                status.show('Saved.');
            } catch (error) {
                problem.show(error);
            }
        });
    });
    return { form, problem };
}
