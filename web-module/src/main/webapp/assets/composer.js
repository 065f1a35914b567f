/**
 * Where the agent writes: a reply to the customer, or a private note for colleagues (yellow, so the
 * difference is visible before sending). Enter sends, Shift+Enter starts a new line. Each conversation
 * keeps its own unsent draft while the agent looks at others.
 */
const PLACEHOLDERS = {
    reply: 'Reply to the customer…',
    note: 'Write a private note; only agents see it…',
};

const LONGEST_INPUT_PIXELS = 200;

export function createComposer(form, { onSend }) {
    const input = form.querySelector('textarea');
    const send = form.querySelector('[type="submit"]');
    const tabs = [...form.querySelectorAll('[data-mode]')];
    const drafts = new Map();
    let conversationId = null;
    let mode = 'reply';
    let sending = false;

    function setMode(newMode) {
        mode = newMode;
        form.dataset.mode = mode;
        input.placeholder = PLACEHOLDERS[mode];
        send.textContent = mode === 'note' ? 'Add note' : 'Send';
        for (const tab of tabs) tab.setAttribute('aria-pressed', String(tab.dataset.mode === mode));
    }

    function fitHeight() {
        input.style.height = 'auto';
        input.style.height = `${Math.min(input.scrollHeight, LONGEST_INPUT_PIXELS)}px`;
    }

    function updateSendable() {
        send.disabled = sending || conversationId === null || input.value.trim() === '';
    }

    async function submit() {
        const content = input.value.trim();
        if (!content || sending || conversationId === null) return;
        sending = true;
        updateSendable();
        const sentFrom = conversationId;
        try {
            // The text stays until the server has it, so a failed send loses nothing.
            if (await onSend(content, mode === 'note')) {
                drafts.delete(sentFrom);
                if (conversationId === sentFrom) {
                    input.value = '';
                    fitHeight();
                }
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
        input.disabled = id === null;
        setMode('reply');
        fitHeight();
        updateSendable();
    }

    return {
        /** Switches to another conversation, keeping the draft of the one left. */
        setConversation,

        focus() {
            input.focus({ preventScroll: true });
        },
        dispose() {
            for (const [element, event, listener] of listeners) element.removeEventListener(event, listener);
            setConversation(null);
            drafts.clear();
        },
    };
}
