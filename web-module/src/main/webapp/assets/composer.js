/**
 * Where the agent writes: a reply to the customer, or a private note for colleagues (yellow, so the
 * difference is visible before sending). Enter sends, Shift+Enter starts a new line. Each conversation
 * keeps its own unsent draft while the agent looks at others, and, when the server refused to send it (say,
 * Messenger's reply window has closed), the reason, shown right above the text until it is sent or dismissed.
 * Before the agent writes, it says how the channel lets them answer now (Messenger's reply window), so that a
 * closed window is no surprise; the server stays the judge of what may be sent.
 */
import { h } from './dom.js';
import { dateAndTime } from './format.js';

const PLACEHOLDERS = {
    reply: 'Reply to the customer…',
    note: 'Write a private note; only agents see it…',
};

const LONGEST_INPUT_PIXELS = 200;

/**
 * onSend(content, isPrivate) resolves to { sent: true }, or { sent: false, problem } when the server refused
 * (problem: its explanation, shown here), or { sent: false } when the failure was reported elsewhere.
 */
export function createComposer(form, { onSend }) {
    const input = form.querySelector('textarea');
    const send = form.querySelector('[type="submit"]');
    const tabs = [...form.querySelectorAll('[data-mode]')];
    const drafts = new Map();
    const problems = new Map();
    const problemText = h('p', { class: 'composer__problem-text', dataset: { testid: 'composer-problem-text' } });
    const problemBox = h('div', { class: 'composer__problem', role: 'alert', hidden: true, dataset: { testid: 'composer-problem' } },
        h('span', { class: 'composer__problem-title' }, 'Not sent'),
        problemText,
        h('button', { type: 'button', class: 'composer__problem-close', 'aria-label': 'Dismiss', title: 'Dismiss',
            text: '×', onclick: () => showProblem(null) }));
    const windowNote = h('p', { class: 'composer__window', hidden: true, dataset: { testid: 'reply-window' } });
    const tabStrip = form.querySelector('.composer__tabs');
    if (tabStrip) tabStrip.after(windowNote, problemBox);
    else form.prepend(windowNote, problemBox);
    let conversationId = null;
    let mode = 'reply';
    let sending = false;

    function setMode(newMode) {
        mode = newMode;
        form.dataset.mode = mode;
        input.placeholder = PLACEHOLDERS[mode];
        send.textContent = mode === 'note' ? 'Add note' : 'Send';
        for (const tab of tabs) tab.setAttribute('aria-pressed', String(tab.dataset.mode === mode));
        updateSendable();
    }

    /** The server's reason for not sending, for the open conversation (null hides it). */
    function showProblem(text) {
        if (text) problems.set(conversationId, text);
        else problems.delete(conversationId);
        problemText.textContent = text ?? '';
        problemBox.hidden = !text;
    }

    function fitHeight() {
        input.style.height = 'auto';
        input.style.height = `${Math.min(input.scrollHeight, LONGEST_INPUT_PIXELS)}px`;
    }

    function updateSendable() {
        send.disabled = sending || conversationId === null || input.value.trim() === '';
    }

    /** The channel's reply window of the open conversation, as the server describes it (null: none). */
    function setReplyWindow(window) {
        windowNote.hidden = !window;
        if (window) {
            windowNote.dataset.standing = window.standing;
            windowNote.title = window.explanation;
            windowNote.textContent = {
                OPEN: `Messenger reply window open until ${dateAndTime(window.closesAt)}`,
                HUMAN_AGENT_ONLY: `Only a human agent may answer now (HUMAN_AGENT tag), until ${dateAndTime(window.closesAt)}`,
            }[window.standing] ?? window.explanation;
        }
    }

    async function submit() {
        const content = input.value.trim();
        if (!content || sending || conversationId === null) return;
        sending = true;
        updateSendable();
        const sentFrom = conversationId;
        try {
            // The text stays until the server has it, so a failed send loses nothing.
            const result = await onSend(content, mode === 'note');
            if (result === true || result?.sent) {
                drafts.delete(sentFrom);
                problems.delete(sentFrom);
                if (conversationId === sentFrom) {
                    input.value = '';
                    fitHeight();
                    showProblem(null);
                }
            } else if (result?.problem) {
                if (conversationId === sentFrom) showProblem(result.problem);
                else problems.set(sentFrom, result.problem);
            }
        } finally {
            sending = false;
            updateSendable();
        }
    }

    const listeners = [
        ...tabs.map(tab => [tab, 'click', () => {
            setMode(tab.dataset.mode);
            input.focus();
        }]),
        [input, 'input', () => {
            fitHeight();
            updateSendable();
        }],
        [input, 'keydown', event => {
            // isComposing: the Enter that confirms an IME composition (Japanese, Chinese...) is not "send".
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                submit();
            }
        }],
        [form, 'submit', event => {
            event.preventDefault();
            submit();
        }],
    ];
    for (const [element, event, listener] of listeners) element.addEventListener(event, listener);
    setMode('reply');

    function setConversation(id) {
        if (conversationId !== null && input.value.trim()) drafts.set(conversationId, input.value);
        else drafts.delete(conversationId);
        conversationId = id;
        input.value = drafts.get(id) ?? '';
        showProblem(problems.get(id) ?? null);
        windowNote.hidden = true;
        input.disabled = id === null;
        setMode('reply');
        fitHeight();
        updateSendable();
    }

    return {
        /** Switches to another conversation, keeping the draft of the one left. */
        setConversation,

        setReplyWindow,

        focus() {
            input.focus({ preventScroll: true });
        },
        dispose() {
            for (const [element, event, listener] of listeners) element.removeEventListener(event, listener);
            setConversation(null);
            drafts.clear();
            problems.clear();
            problemBox.remove();
        },
    };
}
