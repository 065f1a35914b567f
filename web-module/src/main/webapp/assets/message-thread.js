/**
 * The messages of the open conversation, oldest first, grouped by day: the customer's on the left, ours
 * on the right, private notes in yellow so nobody mistakes them for what the customer sees. Outgoing
 * messages show how far delivery got, and why it failed when it did.
 */
import { h, reconcile, safeUrl } from './dom.js';
import { dayHeading, dayKey, dateAndTime, DELIVERY_NAMES, nameOf, sameDay, timeOfDay } from './format.js';

/** Within this distance of the bottom the agent is "following" the conversation and new messages scroll in. */
const FOLLOWING_PIXELS = 80;

const SIDE_OF = { INCOMING: 'incoming', OUTGOING: 'outgoing', PRIVATE_NOTE: 'note' };

/** Messages of one sender this close together read as one burst: only the last one says who and when. */
const BURST_MILLIS = 5 * 60_000;

export function createMessageThread(root, { onLoadOlder }) {
    const scroller = root.querySelector('[data-testid="message-thread-scroll"]');
    const list = root.querySelector('[data-testid="message-thread"]');
    const olderButton = root.querySelector('[data-testid="load-older"]');
    scroller.dataset.scrollKeeper = '';
    olderButton.addEventListener('click', onLoadOlder);

    let messages = new Map();
    let contactName = '';
    let olderCursor = null;

    function ordered() {
        return [...messages.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
    }

    function entries() {
        const result = [];
        const messagesInOrder = ordered();
        messagesInOrder.forEach((message, index) => {
            const previous = messagesInOrder[index - 1];
            if (!previous || !sameDay(previous.createdAt, message.createdAt)) {
                result.push({ key: `day-${dayKey(message.createdAt)}`, day: message.createdAt });
            }
            const next = messagesInOrder[index + 1];
            const burstGoesOn = next !== undefined && sameBurst(message, next);
            result.push({ key: `message-${message.id}`, message, burstGoesOn });
        });
        return result;
    }

    function isFollowing() {
        return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < FOLLOWING_PIXELS;
    }

    /** how: "bottom" scrolls to the newest, "keep" holds the view still while older messages go on top. */
    function render(how) {
        const following = isFollowing();
        const heightBefore = scroller.scrollHeight;
        reconcile(list, entries(), {
            key: entry => entry.key,
            signature: entry => (entry.day ? dayHeading(entry.day)
                : `${JSON.stringify(entry.message)}|${contactName}|${entry.burstGoesOn}`),
            render: entry => (entry.day ? daySeparator(entry.day)
                : messageItem(entry.message, contactName, entry.burstGoesOn)),
        });
        olderButton.hidden = !olderCursor;
        if (how === 'keep') scroller.scrollTop += scroller.scrollHeight - heightBefore;
        else if (how === 'bottom' || following) scroller.scrollTop = scroller.scrollHeight;
    }

    return {
        /** A new conversation: the latest page replaces whatever was shown. */
        show(page, customerName) {
            messages = new Map(page.items.map(message => [message.id, message]));
            contactName = customerName;
            olderCursor = page.nextCursor ?? null;
            render('bottom');
        },

        /** A poll's latest page: new messages are added, changed ones (delivery status) replaced. */
        merge(page) {
            for (const message of page.items) messages.set(message.id, message);
            render();
        },

        prependOlder(page) {
            for (const message of page.items) messages.set(message.id, message);
            olderCursor = page.nextCursor ?? null;
            render('keep');
        },

        /** The message the agent just sent, shown before the next poll. */
        add(message) {
            messages.set(message.id, message);
            render('bottom');
        },

        /** The customer's name became known (or changed): their messages say so from now on. */
        setContactName(name) {
            if (name === contactName) return;
            contactName = name;
            render();
        },

        olderCursor: () => olderCursor,

        clear() {
            messages = new Map();
            olderCursor = null;
            list.replaceChildren();
            list.keyedNodes = null;
            olderButton.hidden = true;
        },

        dispose() {
            olderButton.removeEventListener('click', onLoadOlder);
            this.clear();
        },
    };
}

function daySeparator(iso) {
    return h('li', { class: 'thread__day', role: 'separator' }, h('span', {}, dayHeading(iso)));
}

function sameBurst(message, next) {
    return message.messageType === next.messageType
        && message.senderKind === next.senderKind
        && message.senderUser?.id === next.senderUser?.id
        && message.senderAiAgent?.id === next.senderAiAgent?.id
        && new Date(next.createdAt) - new Date(message.createdAt) < BURST_MILLIS;
}

/**
 * One message. Inside a burst the sender and time are left to the burst's last message, except on our
 * outgoing messages: each of those shows its own delivery status.
 */
function messageItem(message, contactName, burstGoesOn) {
    const side = SIDE_OF[message.messageType] ?? 'incoming';
    const quiet = burstGoesOn && message.messageType !== 'OUTGOING';
    return h('li', {
        class: ['message', `message--${side}`,
            message.senderKind === 'SYSTEM' && 'message--system',
            message.senderKind === 'AI_AGENT' && 'message--ai',
            message.deliveryStatus === 'FAILED' && 'message--failed',
            burstGoesOn && 'message--burst'].filter(Boolean).join(' '),
        dataset: { testid: 'message', messageId: String(message.id), messageType: message.messageType },
    },
    h('div', { class: 'message__bubble' },
        side === 'note' && h('span', { class: 'message__note-tag' }, 'Private note · only agents see this'),
        message.content && h('p', { class: 'message__content', dataset: { testid: 'message-content' } }, message.content),
        attachments(message.attachments)),
    h('div', { class: quiet ? 'message__meta visually-hidden' : 'message__meta' },
        h('span', { class: 'message__sender', dataset: { testid: 'message-sender' } }, senderName(message, contactName)),
        h('time', { datetime: message.createdAt, title: dateAndTime(message.createdAt) }, timeOfDay(message.createdAt)),
        message.messageType === 'OUTGOING' && deliveryStatus(message)),
    message.deliveryStatus === 'FAILED' && h('p', { class: 'message__failure', dataset: { testid: 'message-failure' } },
        `Not delivered: ${message.failureReason ?? 'the channel refused the message'}`
        + (message.failureCode ? ` (code ${message.failureCode})` : '')));
}

function senderName(message, contactName) {
    switch (message.senderKind) {
        case 'CUSTOMER': return contactName;
        case 'AGENT': return message.senderUser?.displayName ?? 'Agent';
        case 'AI_AGENT': return `${message.senderAiAgent?.name ?? 'AI agent'} (AI)`;
        case 'PAGE_OUTSIDE_LIVEDESK': return 'Page team, outside LiveDesk';
        case 'SYSTEM': return 'LiveDesk (automatic)';
        default: return message.senderKind ?? '';
    }
}

const DELIVERY_MARKS = { QUEUED: '◷', SENT: '✓', DELIVERED: '✓✓', READ: '✓✓', FAILED: '!' };

function deliveryStatus(message) {
    const status = message.deliveryStatus;
    return h('span', {
        class: `delivery delivery--${String(status).toLowerCase()}`,
        title: status === 'FAILED' ? message.failureReason : null,
        dataset: { testid: 'delivery-status', status },
    },
    h('span', { 'aria-hidden': 'true', class: 'delivery__mark' }, DELIVERY_MARKS[status] ?? ''),
    nameOf(DELIVERY_NAMES, status));
}

function attachments(list) {
    if (!list?.length) return null;
    return h('ul', { class: 'attachments' }, list.map(attachment => {
        const url = safeUrl(attachment.url);
        const name = attachment.fileName ?? nameOf({}, attachment.kind);
        if (url && (attachment.kind === 'IMAGE' || attachment.kind === 'STICKER')) {
            return h('li', {}, h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' },
                h('img', { class: 'attachments__image', src: url, alt: name, loading: 'lazy', referrerPolicy: 'no-referrer' })));
        }
        const size = attachment.byteSize ? ` · ${Math.max(1, Math.round(attachment.byteSize / 1024))} KB` : '';
        return h('li', { class: 'attachments__file' },
            url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, name) : name, size);
    }));
}
