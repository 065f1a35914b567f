/**
 * One inbox's settings (#inbox-{id}/{tab}): its channel, then tabs for the greeting and CSAT survey, the human
 * agents, automatic assignment, AI agents and business hours. Each tab saves on its own; what is shown after a
 * save is what the server answered, and a refusal shows the server's problem detail in the tab, word for word.
 */
import * as api from './api.js';
import { fill, h } from './dom.js';
import { channelPanel } from './channels-health.js';
import { labelledField, screenHeader, switchField } from './channels-ui.js';
import { settingsForm } from './settings-form.js';
import { createAiAgentsPanel, createMembersPanel } from './settings-members.js';
import { createHoursPanel } from './settings-hours.js';

const TABS = [
    { key: 'general', label: 'Greeting & CSAT', build: createGeneralPanel },
    { key: 'agents', label: 'Agents', build: createMembersPanel },
    { key: 'assignment', label: 'Assignment', build: createAssignmentPanel },
    { key: 'ai-agents', label: 'AI agents', build: createAiAgentsPanel },
    { key: 'hours', label: 'Business hours', build: createHoursPanel },
];

export async function showInboxSettings(context, inboxId, wantedTab) {
    context.title('Inbox settings');
    fill(context.main, h('section', { class: 'admin-screen', 'aria-busy': 'true' },
        h('p', { class: 'admin-loading', role: 'status', text: 'Loading the inbox…' })));
    let inbox;
    let users;
    try {
        [inbox, users] = await Promise.all([api.fetchInbox(inboxId), api.fetchUsers()]);
    } catch (error) {
        if (!context.isCurrent() || error.status === 401) return;
        fill(context.main, h('section', { class: 'admin-screen admin-screen--narrow' },
            h('div', { class: 'notice-card notice-card--problem', dataset: { testid: 'settings-unavailable' } },
                h('h1', { class: 'notice-card__title', tabindex: '-1', text: 'This inbox cannot be shown' }),
                h('p', { role: 'alert', text: error.detail }),
                h('p', {}, h('a', { class: 'button', href: '#channels', text: 'Back to the channels' })))));
        return;
    }
    if (!context.isCurrent()) return;
    context.title(`${inbox.name} · Settings`);

    const headerSlot = h('div', {});
    const channelSlot = h('div', { class: 'settings-channel' });
    const tabList = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Inbox settings' });
    const panels = new Map();
    let current = TABS.some(tab => tab.key === wantedTab) ? wantedTab : TABS[0].key;

    /** Every panel hears about the inbox the server answered with; the one that saved also says "Saved". */
    const shared = {
        inboxId,
        users: () => users,
        inbox: () => inbox,
        saved(changed) {
            inbox = changed;
            context.inboxChanged(changed);
            renderHeader();
            renderChannel();
        },
    };

    function renderHeader() {
        fill(headerSlot, screenHeader(inbox.name, {
            testid: 'settings-title',
            subtitle: inbox.channelType === 'FACEBOOK_PAGE' ? 'Facebook Messenger inbox' : 'API inbox',
            actions: [h('a', { class: 'button button--ghost', href: '#channels', text: 'All channels' })],
        }));
    }

    function renderChannel() {
        fill(channelSlot, channelPanel(inbox, { onChanged: changed => shared.saved(changed) }));
    }

    for (const tab of TABS) {
        const button = h('button', {
            type: 'button', role: 'tab', id: `tab-${tab.key}`, class: 'tabs__tab', text: tab.label,
            'aria-controls': `panel-${tab.key}`, dataset: { testid: `tab-${tab.key}`, tab: tab.key },
            onclick: () => select(tab.key, true),
        });
        tabList.append(button);
        const panel = h('section', {
            class: 'tab-panel', role: 'tabpanel', id: `panel-${tab.key}`, 'aria-labelledby': `tab-${tab.key}`,
            tabindex: '0', dataset: { testid: `panel-${tab.key}` },
        });
        panel.append(tab.build(shared));
        panels.set(tab.key, panel);
    }

    // Arrow keys move between tabs, as ARIA's tabs pattern has it; Tab then goes into the panel.
    tabList.addEventListener('keydown', event => {
        const keys = TABS.map(tab => tab.key);
        const index = keys.indexOf(current);
        const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: keys.length - 1 }[event.key];
        if (next === undefined) return;
        event.preventDefault();
        select(keys[(next + keys.length) % keys.length], true);
        tabList.querySelector(`[aria-selected="true"]`).focus();
    });

    function select(key, byUser) {
        current = key;
        for (const button of tabList.children) {
            const selected = button.dataset.tab === key;
            button.setAttribute('aria-selected', String(selected));
            button.tabIndex = selected ? 0 : -1;
        }
        for (const [panelKey, panel] of panels) panel.hidden = panelKey !== key;
        if (byUser) context.replaceAddress(`#inbox-${inboxId}/${key}`);
    }

    renderHeader();
    renderChannel();
    select(current, false);
    fill(context.main, h('section', { class: 'admin-screen', dataset: { testid: 'inbox-settings', inboxId } },
        headerSlot, channelSlot, tabList, [...panels.values()]));
}

// ---------- Greeting & CSAT ----------

function createGeneralPanel(shared) {
    const inbox = shared.inbox();
    const name = h('input', { type: 'text', name: 'name', value: inbox.name, maxLength: 200, required: true,
        autocomplete: 'off', dataset: { testid: 'inbox-name-input' } });
    const greeting = switchField({ name: 'greetingEnabled', label: 'Greet customers who start a conversation',
        hint: 'Sent once, automatically, as the first answer of each new conversation.',
        checked: inbox.greetingEnabled, testid: 'greeting-enabled' });
    const greetingMessage = h('textarea', { name: 'greetingMessage', rows: 3, maxLength: 2000,
        value: inbox.greetingMessage ?? '', dataset: { testid: 'greeting-message' },
        placeholder: 'Hello! Thanks for writing to us. An agent will answer shortly.' });
    const csat = switchField({ name: 'csatEnabled', label: 'Ask for a rating when a conversation is resolved (CSAT)',
        hint: 'The customer is asked how satisfied they are; the answer is kept with the conversation.',
        checked: inbox.csatEnabled, testid: 'csat-enabled' });

    return settingsForm('general', {
        shared,
        fields: [
            labelledField('Inbox name', name, { hint: 'Agents see it in the workspace\'s lists and filters.' }),
            h('fieldset', { class: 'settings-group' },
                h('legend', { class: 'settings-group__title', text: 'Greeting' }),
                greeting.element,
                labelledField('Greeting message', greetingMessage, { hint: 'At most 2,000 characters.', wide: true })),
            h('fieldset', { class: 'settings-group' },
                h('legend', { class: 'settings-group__title', text: 'Satisfaction survey' }),
                csat.element),
        ],
        submit: () => api.changeInboxSettings(shared.inboxId, {
            name: name.value,
            greetingEnabled: greeting.input.checked,
            greetingMessage: greetingMessage.value,
            csatEnabled: csat.input.checked,
        }),
    }).form;
}

// ---------- Assignment ----------

const METHODS = [
    { value: 'LOAD_BASED', label: 'Load-based',
        hint: 'The available agent with the fewest open conversations, never above their capacity.' },
    { value: 'ROUND_ROBIN', label: 'Round robin', hint: 'Available agents take turns, in a fair rotation.' },
];

function createAssignmentPanel(shared) {
    const inbox = shared.inbox();
    const auto = switchField({ name: 'autoAssignment', label: 'Assign new conversations automatically',
        hint: 'Off: conversations wait in Unassigned until an agent takes one.',
        checked: inbox.autoAssignment, testid: 'assignment-auto' });
    const methods = h('fieldset', { class: 'settings-group' },
        h('legend', { class: 'settings-group__title', text: 'How an agent is chosen' }),
        METHODS.map(method => h('label', { class: 'choice' },
            h('input', { type: 'radio', name: 'assignmentMethod', value: method.value,
                checked: inbox.assignmentMethod === method.value, dataset: { testid: `assignment-method-${method.value}` } }),
            h('span', { class: 'choice__text' },
                h('span', { class: 'choice__label', text: method.label }),
                h('span', { class: 'choice__hint', text: method.hint })))));
    const capacity = h('input', { type: 'number', name: 'agentCapacity', min: 1, max: 1000, step: 1,
        value: String(inbox.agentCapacity), inputMode: 'numeric', class: 'input--short', dataset: { testid: 'assignment-capacity' } });

    return settingsForm('assignment', {
        shared,
        fields: [
            h('div', { class: 'settings-group settings-group--plain' }, auto.element),
            methods,
            labelledField('Capacity per agent', capacity,
                { hint: 'Open conversations an agent carries at most (1 to 1,000).' }),
        ],
        submit: () => {
            const method = methods.querySelector('input:checked')?.value;
            // An empty field goes as 0, so the server's own rule says what is allowed; a fraction never reaches it.
            const wanted = capacity.value === '' ? 0 : Number(capacity.value);
            if (!Number.isInteger(wanted)) {
                throw new Error('The capacity is a whole number of conversations.');
            }
            return api.changeInboxSettings(shared.inboxId, {
                autoAssignment: auto.input.checked,
                assignmentMethod: method,
                agentCapacity: wanted,
            });
        },
    }).form;
}
