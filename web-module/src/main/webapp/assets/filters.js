/**
 * The left pane's choice of conversations: a view (Mine, Unassigned, All) narrowed by inbox, status, label
 * and search words. The choice survives a reload of the page (sessionStorage), not a new sign-in.
 */
import { h } from './dom.js';

const STORAGE_KEY = 'livedesk.filters';
const SEARCH_PAUSE_MILLIS = 300;

export const VIEW_TITLES = { mine: 'Mine', unassigned: 'Unassigned', any: 'All' };

const DEFAULTS = { view: 'mine', status: 'OPEN', inbox: '', label: '', q: '' };

export function createFilters(root, { onChange }) {
    let state = { ...DEFAULTS, ...readStored() };
    if (!(state.view in VIEW_TITLES)) state.view = DEFAULTS.view;
    const views = [...root.querySelectorAll('[data-view]')];
    const search = root.querySelector('[name="q"]');
    const status = root.querySelector('[name="status"]');
    const inbox = root.querySelector('[name="inbox"]');
    const label = root.querySelector('[name="label"]');
    let searchTimer;

    function changed(patch) {
        // Words typed but not yet searched for (the pause has not passed) go along with any other change.
        clearTimeout(searchTimer);
        state = { ...state, q: search.value.trim(), ...patch };
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
        showState();
        onChange();
    }

    function showState() {
        for (const button of views) {
            if (button.dataset.view === state.view) button.setAttribute('aria-current', 'page');
            else button.removeAttribute('aria-current');
        }
        status.value = state.status;
        inbox.value = state.inbox;
        label.value = state.label;
    }

    const listeners = [
        ...views.map(button => [button, 'click', () => changed({ view: button.dataset.view })]),
        [status, 'change', () => changed({ status: status.value })],
        [inbox, 'change', () => changed({ inbox: inbox.value })],
        [label, 'change', () => changed({ label: label.value })],
        // Searching waits for a pause in typing, so each keystroke does not send a request.
        [search, 'input', () => {
            clearTimeout(searchTimer);
            searchTimer = setTimeout(() => changed({ q: search.value.trim() }), SEARCH_PAUSE_MILLIS);
        }],
    ];
    for (const [element, event, listener] of listeners) element.addEventListener(event, listener);
    // The field is filled once; afterwards it belongs to the agent's typing and is never overwritten.
    search.value = state.q;

    return {
        /** Fills the inbox and label choices; a stored choice that no longer exists falls back to "all". */
        setChoices(inboxes, labels) {
            inbox.replaceChildren(h('option', { value: '', text: 'All inboxes' }),
                ...inboxes.map(each => h('option', { value: String(each.id), text: each.name })));
            label.replaceChildren(h('option', { value: '', text: 'Any label' }),
                ...labels.map(each => h('option', { value: each.title, text: each.title })));
            if (!inboxes.some(each => String(each.id) === state.inbox)) state.inbox = '';
            if (!labels.some(each => each.title === state.label)) state.label = '';
            showState();
        },

        /** The list request's query for the current choice. */
        query() {
            return { assignee: state.view, status: state.status, inbox: state.inbox, label: state.label, q: state.q };
        },

        title() {
            return VIEW_TITLES[state.view];
        },

        dispose() {
            clearTimeout(searchTimer);
            for (const [element, event, listener] of listeners) element.removeEventListener(event, listener);
        },
    };
}

function readStored() {
    try {
        const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
        return Object.fromEntries(Object.entries(stored).filter(([name]) => name in DEFAULTS));
    } catch {
        // A value we cannot read is one we do not need: start from the defaults.
        return {};
    }
}
