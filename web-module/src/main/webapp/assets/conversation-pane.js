/**
 * The right-hand side: one open conversation at a time, its header and toolbar, messages, composer and
 * the contact sidebar. It loads the conversation, keeps it fresh with a five-second poll (new messages,
 * delivery statuses, changes made by colleagues) and sends what the agent writes.
 */
import * as api from './api.js';
import { createComposer } from './composer.js';
import { createContactSidebar } from './contact-sidebar.js';
import { createConversationActions } from './conversation-actions.js';
import { isAbort } from './http.js';
import { createMessageThread } from './message-thread.js';
import { reportError } from './toasts.js';

const POLL_MILLIS = 5000;
const WIDE_ENOUGH_FOR_SIDEBAR = '(min-width: 1200px)';

export function createConversationPane(workspace, { directory, me, onSummaryChanged, onMessageSent, onClosed }) {
    const pane = workspace.querySelector('.conversation-pane');
    const emptyState = pane.querySelector('[data-testid="conversation-empty"]');
    const view = pane.querySelector('.conversation');
    const sidebarToggle = pane.querySelector('[data-action="toggle-sidebar"]');

    const thread = createMessageThread(pane, { onLoadOlder: loadOlder, onRetry: retry });
    const sidebar = createContactSidebar(pane, { directory });
    const actions = createConversationActions(pane, {
        me,
        onChanged(changed) {
            if (changed.summary.id !== openId) return;
            showDetail(changed);
            onSummaryChanged(changed.summary);
        },
    });
    const composer = createComposer(pane.querySelector('[data-testid="composer"]'), { onSend: send });

    let openId = null;
    let detail = null;
    let shownContact = null;
    let opening = null;
    let polling = false;
    let pollTimer = null;

    function showDetail(newDetail) {
        detail = newDetail;
        actions.show(detail, directory.labels());
        sidebar.showConversation(detail);
        composer.setReplyWindow(detail.replyWindow ?? null);
        const contact = detail.summary.contact;
        // The full profile is asked for again only when the contact changed (say, their name became known).
        if (JSON.stringify(contact) !== shownContact) {
            shownContact = JSON.stringify(contact);
            sidebar.showContact(contact);
            thread.setContactName(contact.displayName ?? '');
            api.fetchContact(contact.id)
                .then(full => openId === detail.summary.id && full.id === contact.id && sidebar.showContact(full))
                .catch(reportError);
        }
    }

    async function open(id) {
        if (id === openId) return;
        opening?.abort();
        const controller = new AbortController();
        opening = controller;
        openId = id;
        detail = null;
        shownContact = null;
        thread.clear();
        sidebar.clear();
        actions.clear();
        composer.setConversation(id);
        emptyState.hidden = true;
        view.hidden = false;
        pane.setAttribute('aria-busy', 'true');
        try {
            const [conversation, page] = await Promise.all([
                api.fetchConversation(id, controller.signal),
                api.fetchMessages(id, null, controller.signal),
            ]);
            showDetail(conversation);
            thread.show(page, conversation.summary.contact?.displayName ?? '');
            composer.focus();
            directory.inbox(conversation.summary.inboxId)
                .then(inbox => openId === id && actions.setInbox(inbox))
                .catch(reportError);
        } catch (error) {
            if (isAbort(error)) return;
            reportError(error);
            if (openId === id) close();
        } finally {
            if (opening === controller) {
                opening = null;
                pane.removeAttribute('aria-busy');
            }
        }
    }

    function close() {
        opening?.abort();
        openId = null;
        detail = null;
        shownContact = null;
        thread.clear();
        sidebar.clear();
        actions.clear();
        composer.setConversation(null);
        view.hidden = true;
        emptyState.hidden = false;
        onClosed();
    }

    /**
     * Resolves to { sent: true }, or to { problem } when the server refused the message (say, Messenger's reply
     * window closed): the composer shows that beside the text it keeps. An unreachable server is a toast.
     */
    async function send(content, isPrivate) {
        const id = openId;
        try {
            const message = await api.postMessage(id, content, isPrivate);
            if (openId === id) thread.add(message);
            onMessageSent();
            return { sent: true };
        } catch (error) {
            if (error?.status >= 400 && error.status !== 401) return { sent: false, problem: error.detail };
            reportError(error);
            return { sent: false };
        }
    }

    /** Sends a failed reply again; a refusal (409: the reply window closed) is shown as the server words it. */
    async function retry(message) {
        const id = openId;
        try {
            const queued = await api.retryMessage(id, message.id);
            if (openId === id) thread.update(queued);
        } catch (error) {
            reportError(error);
            throw error;
        }
    }

    async function loadOlder() {
        const id = openId;
        const cursor = thread.olderCursor();
        if (!cursor) return;
        try {
            const page = await api.fetchMessages(id, cursor);
            if (openId === id) thread.prependOlder(page);
        } catch (error) {
            reportError(error);
        }
    }

    /** The poll: a new message, a delivery status or a colleague's change shows within five seconds. */
    async function refresh() {
        if (openId === null || opening || polling || document.hidden) return;
        const id = openId;
        polling = true;
        try {
            const [conversation, page] = await Promise.all([api.fetchConversation(id), api.fetchMessages(id, null)]);
            if (openId !== id) return;
            if (JSON.stringify(conversation) !== JSON.stringify(detail)) showDetail(conversation);
            thread.merge(page);
        } catch (error) {
            reportError(error);
        } finally {
            polling = false;
        }
    }

    function setSidebar(shown) {
        workspace.dataset.sidebar = shown ? 'shown' : 'hidden';
        sidebarToggle.setAttribute('aria-expanded', String(shown));
    }

    const toggleSidebar = () => setSidebar(workspace.dataset.sidebar !== 'shown');
    sidebarToggle.addEventListener('click', toggleSidebar);
    setSidebar(window.matchMedia(WIDE_ENOUGH_FOR_SIDEBAR).matches);
    pollTimer = setInterval(refresh, POLL_MILLIS);

    return {
        open,
        close,
        openId: () => openId,
        dispose() {
            clearInterval(pollTimer);
            opening?.abort();
            openId = null;
            sidebarToggle.removeEventListener('click', toggleSidebar);
            thread.dispose();
            actions.dispose();
            composer.dispose();
            sidebar.clear();
            view.hidden = true;
            emptyState.hidden = false;
        },
    };
}
