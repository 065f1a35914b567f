/**
 * Who answers an inbox's conversations: its human agents (members, added from the users and removed again, each
 * change saved at once) and its AI agents (added with a model, instructions and an API key that is never shown
 * again; switched on and off).
 */
import * as api from './api.js';
import { avatar, fill, h } from './dom.js';
import { AVAILABILITY_NAMES, nameOf } from './format.js';
import { labelledField, problemArea, statusLine, switchField, whileBusy } from './channels-ui.js';
import { showNotice } from './toasts.js';

// ---------- Human agents ----------

export function createMembersPanel(shared) {
    const root = h('div', { class: 'settings-form' });
    const problem = problemArea('members-problem');
    const list = h('ul', { class: 'people', 'aria-label': 'Agents of this inbox', dataset: { testid: 'members' } });
    const select = h('select', { name: 'user', dataset: { testid: 'member-add-select' } });
    const addButton = h('button', { type: 'submit', class: 'button', text: 'Add to the inbox', dataset: { testid: 'member-add' } });
    const addForm = h('form', { class: 'inline-form', noValidate: true },
        labelledField('Add an agent', select), addButton);

    addForm.addEventListener('submit', event => {
        event.preventDefault();
        const userId = Number(select.value);
        if (!userId) {
            problem.show('Choose the agent to add.');
            return;
        }
        whileBusy([addButton, select], () => change(() => api.addInboxMember(shared.inboxId, userId),
            `${userName(userId)} can now answer this inbox.`));
    });

    async function change(call, notice) {
        problem.clear();
        try {
            const changed = await call();
            shared.saved(changed);
            showNotice(notice);
            render();
        } catch (error) {
            problem.show(error);
        }
    }

    function userName(userId) {
        return shared.users().find(user => user.id === userId)?.displayName ?? `User ${userId}`;
    }

    function render() {
        const inbox = shared.inbox();
        const memberIds = new Set(inbox.members.map(member => member.id));
        fill(list, inbox.members.length ? inbox.members.map(member => {
            const remove = h('button', {
                type: 'button', class: 'button button--small button--danger-ghost', text: 'Remove',
                'aria-label': `Remove ${member.displayName} from this inbox`, dataset: { testid: 'member-remove' },
                onclick: () => whileBusy(remove, () => change(() => api.removeInboxMember(shared.inboxId, member.id),
                    `${member.displayName} no longer answers this inbox.`)),
            });
            return h('li', { class: 'person', dataset: { testid: 'member', userId: member.id } },
                avatar(member.displayName, null, member.id, 'small'),
                h('span', { class: 'person__name', text: member.displayName, dataset: { testid: 'member-name' } }),
                h('span', { class: `presence presence--${(member.availability ?? 'OFFLINE').toLowerCase()}`,
                    text: nameOf(AVAILABILITY_NAMES, member.availability) }),
                remove);
        }) : h('li', { class: 'people__empty', dataset: { testid: 'no-members' },
            text: 'No agent answers this inbox yet: its conversations wait unassigned (or go to an AI agent).' }));

        const candidates = shared.users().filter(user => user.active && !memberIds.has(user.id));
        fill(select,
            h('option', { value: '', text: candidates.length ? 'Choose an agent…' : 'Everyone is already a member' }),
            candidates.map(user => h('option', {
                value: String(user.id),
                text: `${user.displayName} — ${user.email}${user.role === 'ADMINISTRATOR' ? ' (administrator)' : ''}`,
            })));
        select.disabled = candidates.length === 0;
        addButton.disabled = candidates.length === 0;
    }

    render();
    fill(root,
        h('p', { class: 'settings-intro', text: 'The people who answer this inbox. Automatic assignment picks among '
            + 'those who are online; an agent sees only the inboxes they belong to.' }),
        list, addForm, problem.element);
    return root;
}

// ---------- AI agents ----------

const MODELS = ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1-mini', 'gpt-4.1'];

export function createAiAgentsPanel(shared) {
    const root = h('div', { class: 'settings-form' });
    const listProblem = problemArea('ai-agents-problem');
    const list = h('ul', { class: 'ai-agents', 'aria-label': 'AI agents of this inbox', dataset: { testid: 'ai-agents' } });
    let agents = [...(shared.inbox().aiAgents ?? [])];

    function render() {
        fill(list, agents.length ? agents.map(agent => {
            const toggle = switchField({ name: `ai-agent-${agent.id}`, label: agent.enabled ? 'On' : 'Off',
                checked: agent.enabled, testid: 'ai-agent-enabled' });
            toggle.input.setAttribute('aria-label', `${agent.name} answers conversations`);
            toggle.input.addEventListener('change', () => whileBusy(toggle.input, async () => {
                listProblem.clear();
                try {
                    const changed = await api.changeAiAgent(shared.inboxId, agent.id, { enabled: toggle.input.checked });
                    replace(changed);
                    showNotice(`${changed.name} is ${changed.enabled ? 'on' : 'off'}.`);
                } catch (error) {
                    toggle.input.checked = agent.enabled;
                    listProblem.show(error);
                }
            }));
            return h('li', { class: 'ai-agent', dataset: { testid: 'ai-agent', aiAgentId: agent.id, enabled: String(agent.enabled) } },
                h('div', { class: 'ai-agent__head' },
                    h('span', { class: 'ai-agent__name', text: agent.name, dataset: { testid: 'ai-agent-name' } }),
                    h('code', { class: 'ai-agent__model', text: agent.model }),
                    h('span', { class: `badge ${agent.apiKeySet ? 'badge--ok' : 'badge--warning'}`,
                        text: agent.apiKeySet ? 'API key set' : 'No API key' }),
                    toggle.element),
                agent.instructions ? h('p', { class: 'ai-agent__instructions', text: agent.instructions }) : null);
        }) : h('li', { class: 'people__empty', text: 'No AI agent in this inbox.' }));
    }

    function replace(changed) {
        agents = agents.some(agent => agent.id === changed.id)
            ? agents.map(agent => (agent.id === changed.id ? changed : agent)) : [...agents, changed];
        shared.inbox().aiAgents = agents;
        render();
    }

    // The form to add one.
    const problem = problemArea('ai-agent-add-problem');
    const status = statusLine('ai-agent-add-status');
    const name = h('input', { type: 'text', name: 'name', maxLength: 200, autocomplete: 'off', dataset: { testid: 'ai-agent-name-input' } });
    const model = h('input', { type: 'text', name: 'model', value: MODELS[0], autocomplete: 'off',
        dataset: { testid: 'ai-agent-model-input' } });
    model.setAttribute('list', 'ai-models'); // input.list is a read-only property: only the attribute sets it.
    const models = h('datalist', { id: 'ai-models' }, MODELS.map(value => h('option', { value })));
    const instructions = h('textarea', { name: 'instructions', rows: 4, dataset: { testid: 'ai-agent-instructions-input' },
        placeholder: 'You answer questions about orders and deliveries. Hand over to a human when unsure.' });
    const apiKey = h('input', { type: 'password', name: 'apiKey', autocomplete: 'new-password', spellcheck: false,
        dataset: { testid: 'ai-agent-key-input' } });
    const enableNow = switchField({ name: 'enabled', label: 'Answer conversations as soon as it is added', testid: 'ai-agent-enable-input' });
    const add = h('button', { type: 'submit', class: 'button button--primary', text: 'Add AI agent', dataset: { testid: 'ai-agent-add' } });
    const form = h('form', { class: 'settings-group', noValidate: true, dataset: { testid: 'ai-agent-form' } },
        h('h3', { class: 'settings-group__title', text: 'Add an AI agent' }),
        h('div', { class: 'field-row' },
            labelledField('Name', name),
            labelledField('Model', model, { hint: 'An OpenAI model name.' }), models),
        labelledField('Instructions', instructions, { wide: true, hint: 'What it answers and how; it hands over to a human when it cannot.' }),
        labelledField('API key', apiKey, { hint: 'Kept encrypted on the server and never shown again.' }),
        enableNow.element,
        problem.element,
        h('div', { class: 'settings-form__actions' }, add, status.element));
    form.addEventListener('input', () => status.clear());
    form.addEventListener('submit', event => {
        event.preventDefault();
        whileBusy(add, async () => {
            problem.clear();
            status.clear();
            try {
                const created = await api.addAiAgent(shared.inboxId, {
                    name: name.value, model: model.value, instructions: instructions.value,
                    apiKey: apiKey.value, enabled: enableNow.input.checked,
                });
                replace(created);
                form.reset();
                model.value = MODELS[0];
                status.show(`${created.name} added.`);
            } catch (error) {
                problem.show(error);
            }
        });
    });

    render();
    fill(root,
        h('p', { class: 'settings-intro', text: 'AI agents answer first when they are on and the routing rules give them '
            + 'the conversation; they hand over to the human agents when they cannot help.' }),
        list, listProblem.element, form);
    return root;
}
