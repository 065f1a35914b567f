/**
 * Small pieces every Channels & settings screen uses: the screen's header, the place a form shows the server's
 * problem detail, the "Saved" line, a button that is busy while its call runs, and the confirmation dialog.
 */
import { h } from './dom.js';

/** A screen's header: its title (focusable, so a screen change can move the focus there) and its actions. */
export function screenHeader(title, { subtitle, actions = [], testid = 'screen-title' } = {}) {
    return h('header', { class: 'admin-header' },
        h('div', { class: 'admin-header__text' },
            h('h1', { class: 'admin-header__title', tabindex: '-1', text: title, dataset: { testid } }),
            subtitle ? h('p', { class: 'admin-header__subtitle', text: subtitle }) : null),
        actions.length ? h('div', { class: 'admin-header__actions' }, actions) : null);
}

/**
 * Where a form says why the server refused it: the problem's detail, word for word, announced to screen
 * readers. show(error) takes an ApiProblem or a sentence.
 */
export function problemArea(testid) {
    const element = h('p', { class: 'form-problem', role: 'alert', hidden: true, dataset: { testid } });
    return {
        element,
        show(problem) {
            element.textContent = typeof problem === 'string' ? problem : problem?.detail ?? problem?.message ?? String(problem);
            element.hidden = false;
        },
        clear() {
            element.textContent = '';
            element.hidden = true;
        },
    };
}

/** A quiet "Saved" beside a form's button; it stays until the form changes again. */
export function statusLine(testid) {
    const element = h('span', { class: 'form-status', role: 'status', dataset: { testid } });
    return {
        element,
        show(text) {
            element.textContent = text;
        },
        clear() {
            element.textContent = '';
        },
    };
}

/** Runs work with the buttons disabled, so a second click cannot send the same change twice. */
export async function whileBusy(buttons, work) {
    const list = Array.isArray(buttons) ? buttons : [buttons];
    for (const button of list) button.disabled = true;
    try {
        return await work();
    } finally {
        for (const button of list) button.disabled = false;
    }
}

/** Asks before something that cannot be undone with one click; resolves to true when confirmed. */
export function confirmAction({ title, text, confirmLabel }) {
    const dialog = document.getElementById('confirm-dialog');
    dialog.querySelector('#confirm-title').textContent = title;
    dialog.querySelector('#confirm-text').textContent = text;
    dialog.querySelector('[value="confirm"]').textContent = confirmLabel;
    dialog.returnValue = '';
    return new Promise(resolve => {
        dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true });
        dialog.showModal();
        dialog.querySelector('[value="cancel"]').focus();
    });
}

/** A labelled on/off switch: a checkbox with role="switch", so it is announced as on or off. */
export function switchField({ name, label, hint, checked, testid }) {
    const input = h('input', { type: 'checkbox', name, role: 'switch', checked: Boolean(checked), dataset: { testid } });
    return {
        input,
        element: h('label', { class: 'switch' },
            input,
            h('span', { class: 'switch__text' },
                h('span', { class: 'switch__label', text: label }),
                hint ? h('span', { class: 'switch__hint', text: hint }) : null)),
    };
}

let fieldCounter = 0;

/** A field with its label (and an optional hint tied to it with aria-describedby). */
export function labelledField(label, control, { hint, wide = false } = {}) {
    const id = control.id || `field-${++fieldCounter}`;
    control.id = id;
    let hintElement = null;
    if (hint) {
        hintElement = h('span', { class: 'field__hint', id: `${id}-hint`, text: hint });
        control.setAttribute('aria-describedby', hintElement.id);
    }
    return h('div', { class: `field${wide ? ' field--wide' : ''}` },
        h('label', { class: 'field__label', for: id, text: label }),
        control,
        hintElement);
}
