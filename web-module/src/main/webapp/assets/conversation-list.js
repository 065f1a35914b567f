/**
 * The middle pane: the conversations the filters select, newest activity first, 25 at a time with
 * "Load more", shown as cards or as a ticket table. It polls every five seconds and merges what comes
 * back into what is shown, so the agent keeps the scroll position, the selection and the pages already
 * loaded.
 */
import { fetchConversations } from './api.js';
import { reconcile } from './dom.js';
import { nameOf, STATUS_NAMES } from './format.js';
import { isAbort } from './http.js';
import { conversationCard, refreshAges, ticketRow } from './list-items.js';
import { reportError } from './toasts.js';

const PAGE_SIZE = 25;
const LARGEST_PAGE = 100;
const POLL_MILLIS = 5000;
const LAYOUT_KEY = 'livedesk.layout';

export function createConversationList(workspace, { directory, onOpen }) {
    const pane = workspace.querySelector('.list-pane');
    const title = pane.querySelector('[data-testid="list-title"]');
    const scroller = pane.querySelector('[data-testid="list-scroll"]');
    const cards = pane.querySelector('[data-testid="conversation-list"]');
    const table = pane.querySelector('[data-testid="conversation-table"]');
    const rows = table.tBodies[0];
    const empty = pane.querySelector('[data-testid="list-empty"]');
    const loadMoreButton = pane.querySelector('[data-testid="load-more"]');
    const layoutButtons = [...pane.querySelectorAll('.segmented [data-layout]')];
    scroller.dataset.scrollKeeper = '';

    let items = [];
    let nextCursor = null;
    let query = {};
    let selectedId = null;
    let loading = null;
    let pollTimer = null;
    let shownLayout = null;
    let reloading = false;

    function render() {
        const options = id => ({ selected: id === selectedId, labelColor: directory.labelColor });
        const reconciling = { key: item => item.id, signature: item => `${JSON.stringify(item)}|${item.id === selectedId}` };
        if (workspace.dataset.layout === 'table') {
            reconcile(rows, items, { ...reconciling, render: item => ticketRow(item, options(item.id)) });
        } else {
            reconcile(cards, items, { ...reconciling, render: item => conversationCard(item, options(item.id)) });
        }
        refreshAges(pane);
        loadMoreButton.hidden = !nextCursor;
        // While a new choice loads, "nothing here" would be a guess: the empty note waits for the answer.
        empty.hidden = items.length > 0 || reloading;
        empty.textContent = emptyText();
    }

    function emptyText() {
        if (query.q) return `No conversation matches “${query.q}”.`;
        if (!query.status) return 'No conversations here.';
        return `No ${nameOf(STATUS_NAMES, query.status).toLowerCase()} conversations here.`;
    }

    /** One request at a time: a newer one (other filters) aborts the older, whose answer no longer fits. */
    async function load(pageQuery) {
        loading?.abort();
        const controller = new AbortController();
        loading = controller;
        try {
            return await fetchConversations(pageQuery, controller.signal);
        } finally {
            if (loading === controller) loading = null;
        }
    }

    async function reload(newQuery, viewTitle) {
        query = newQuery;
        title.textContent = viewTitle;
        items = [];
        nextCursor = null;
        reloading = true;
        pane.setAttribute('aria-busy', 'true');
        render();
        try {
            const page = await load({ ...query, limit: PAGE_SIZE });
            items = page.items;
            nextCursor = page.nextCursor ?? null;
            scroller.scrollTop = 0;
        } catch (error) {
            reportError(error);
        } finally {
            // A newer reload may have taken over meanwhile; the last one to finish shows the result.
            if (!loading) {
                reloading = false;
                pane.removeAttribute('aria-busy');
                render();
            }
        }
    }

    async function loadMore() {
        if (!nextCursor || loading) return;
        loadMoreButton.disabled = true;
        try {
            const page = await load({ ...query, cursor: nextCursor, limit: PAGE_SIZE });
            const known = new Set(items.map(item => item.id));
            items = [...items, ...page.items.filter(item => !known.has(item.id))];
            nextCursor = page.nextCursor ?? null;
            render();
        } catch (error) {
            reportError(error);
        } finally {
            loadMoreButton.disabled = false;
        }
    }

    /**
     * The poll: asks again for as many conversations as are shown (up to the API's largest page) and
     * replaces them; pages loaded beyond that stay as they were until the agent reloads.
     */
    async function refresh() {
        if (loading) return;
        const count = Math.min(LARGEST_PAGE, Math.max(PAGE_SIZE, items.length));
        try {
            const page = await load({ ...query, limit: count });
            const fresh = new Set(page.items.map(item => item.id));
            const beyond = items.length > count ? items.slice(count).filter(item => !fresh.has(item.id)) : [];
            items = [...page.items, ...beyond];
            if (beyond.length === 0) nextCursor = page.nextCursor ?? null;
            render();
        } catch (error) {
            if (!isAbort(error)) reportError(error);
        }
    }

    function setLayout(layout) {
        if (layout === shownLayout) return;
        shownLayout = layout;
        workspace.dataset.layout = layout;
        sessionStorage.setItem(LAYOUT_KEY, layout);
        for (const button of layoutButtons) button.setAttribute('aria-pressed', String(button.dataset.layout === layout));
        table.hidden = layout !== 'table';
        cards.hidden = layout === 'table';
        // The hidden layout's nodes are stale; forget them so the shown one is built from the current items.
        (layout === 'table' ? cards : rows).replaceChildren();
        (layout === 'table' ? cards : rows).keyedNodes = null;
        render();
    }

    function openFromClick(event) {
        const item = event.target.closest('[data-conversation-id]');
        if (item) onOpen(Number(item.dataset.conversationId));
    }

    function onVisibility() {
        if (!document.hidden) refresh();
    }

    const listeners = [
        [cards, 'click', openFromClick],
        [rows, 'click', openFromClick],
        [loadMoreButton, 'click', loadMore],
        [document, 'visibilitychange', onVisibility],
        ...layoutButtons.map(button => [button, 'click', () => setLayout(button.dataset.layout)]),
    ];
    for (const [element, event, listener] of listeners) element.addEventListener(event, listener);
    setLayout(sessionStorage.getItem(LAYOUT_KEY) === 'table' ? 'table' : 'split');

    return {
        reload,
        refresh,
        setLayout,

        select(id) {
            selectedId = id;
            render();
        },

        /** A change the agent just made shows at once; the next poll confirms it (or drops it from the list). */
        update(summary) {
            items = items.map(item => (item.id === summary.id ? summary : item));
            render();
            refresh();
        },

        startPolling() {
            clearInterval(pollTimer);
            // A hidden tab does not poll; it catches up when shown again (see onVisibility).
            pollTimer = setInterval(() => document.hidden || refresh(), POLL_MILLIS);
        },

        dispose() {
            clearInterval(pollTimer);
            loading?.abort();
            for (const [element, event, listener] of listeners) element.removeEventListener(event, listener);
            for (const list of [cards, rows]) {
                list.replaceChildren();
                list.keyedNodes = null;
            }
        },
    };
}
