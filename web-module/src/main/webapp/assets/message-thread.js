/**
 * The messages of the open conversation, oldest first, grouped by day: the customer's on the left, ours
 * on the right, private notes in yellow so nobody mistakes them for what the customer sees. Outgoing
 * messages show how far delivery got, and why it failed when it did.
 */
import { editOf, isOwnCopy, notesOf, parseDetails, reactionOf } from './channel-details.js';
import { h, reconcile, safeUrl } from './dom.js';
import { dayHeading, dayKey, dateAndTime, DELIVERY_NAMES, nameOf, sameDay, timeOfDay } from './format.js';

/** Within this distance of the bottom the agent is "following" the conversation and new messages scroll in. */
const FOLLOWING_PIXELS = 80;

const SIDE_OF = { INCOMING: 'incoming', OUTGOING: 'outgoing', PRIVATE_NOTE: 'note' };

/** Messages of one sender this close together read as one burst: only the last one says who and when. */
const BURST_MILLIS = 5 * 60_000;

/**
 * onRetry(message) sends a failed reply again; it resolves when the server took it back into the outbox (the
 * thread then shows the answer) and rejects when it refused, having told the agent why.
 */
export function createMessageThread(root, { onLoadOlder, onRetry }) {
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
                : messageItem(entry.message, contactName, entry.burstGoesOn, onRetry)),
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

        /** One message the server answered with (a retried reply): replaced where it is, without scrolling. */
        update(message) {
            if (!messages.has(message.id)) return;
            messages.set(message.id, message);
            render();
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
 * outgoing messages: each of those shows its own delivery status. What the channel adds (the customer's
 * reaction and edits, the button they tapped, where they came from) is shown around the bubble, as text.
 */
function messageItem(message, contactName, burstGoesOn, onRetry) {
    const side = SIDE_OF[message.messageType] ?? 'incoming';
    const quiet = burstGoesOn && message.messageType !== 'OUTGOING';
    const outside = message.senderKind === 'PAGE_OUTSIDE_LIVEDESK';
    const details = parseDetails(message.contentAttributes);
    const reaction = reactionOf(details);
    const notes = notesOf(details);
    return h('li', {
        class: ['message', `message--${side}`,
            message.senderKind === 'SYSTEM' && 'message--system',
            message.senderKind === 'AI_AGENT' && 'message--ai',
            outside && 'message--outside',
            message.deliveryStatus === 'FAILED' && 'message--failed',
            reaction && 'message--reacted',
            burstGoesOn && 'message--burst'].filter(Boolean).join(' '),
        dataset: { testid: 'message', messageId: String(message.id), messageType: message.messageType,
            senderKind: message.senderKind ?? '' },
    },
    h('div', { class: 'message__bubble' },
        side === 'note' && h('span', { class: 'message__note-tag' }, 'Private note · only agents see this'),
        outside && h('span', {
            class: 'message__outside-tag', dataset: { testid: 'message-outside-hint' },
            title: 'Someone answered in Facebook\'s own Page inbox (or another app): LiveDesk did not send this.',
        }, 'Sent from Facebook\'s Page inbox'),
        message.content && h('p', { class: 'message__content', dataset: { testid: 'message-content' } }, message.content),
        attachments(message.attachments),
        reaction && h('span', {
            class: 'message__reaction', role: 'img', dataset: { testid: 'message-reaction', reaction: reaction.name },
            'aria-label': `The customer reacted with ${reaction.name}`, title: `The customer reacted: ${reaction.name}`,
        }, reaction.emoji)),
    notes.length > 0 && h('ul', { class: 'message__notes', 'aria-label': 'About this message' },
        notes.map(note => h('li', {
            class: `message-note message-note--${note.kind}`, title: note.title,
            dataset: { testid: 'message-note', kind: note.kind },
        }, note.text))),
    edited(editOf(details)),
    h('div', { class: quiet ? 'message__meta visually-hidden' : 'message__meta' },
        h('span', { class: 'message__sender', dataset: { testid: 'message-sender' } }, senderName(message, contactName)),
        h('time', { datetime: message.createdAt, title: dateAndTime(message.createdAt) }, timeOfDay(message.createdAt)),
        message.messageType === 'OUTGOING' && deliveryStatus(message)),
    message.deliveryStatus === 'QUEUED' && message.failureReason && h('p', {
        class: 'message__retrying', dataset: { testid: 'message-retrying' },
    }, `Waiting to retry: ${withCode(message.failureReason, message.failureCode)}`),
    message.deliveryStatus === 'FAILED' && failure(message, onRetry));
}

/** "Edited", with the text the customer first sent one click away (and in the tooltip). */
function edited(edit) {
    if (!edit) return null;
    const label = edit.count > 1 ? `Edited ${edit.count} times` : 'Edited';
    const original = edit.originalText || '(no text)';
    return h('details', { class: 'message__edit', dataset: { testid: 'message-edited' } },
        h('summary', { title: `Originally: ${original}` }, label),
        h('p', { class: 'message__original' },
            h('span', { class: 'message__original-label' }, 'Originally: '),
            h('span', { dataset: { testid: 'message-original' } }, original)));
}

/** The reason with the channel's error code, unless the reason already names it. */
function withCode(reason, code) {
    return code && !reason.includes(`code ${code}`) ? `${reason} (code ${code})` : reason;
}

/** Why a reply did not reach the customer, and a way to send it again. */
function failure(message, onRetry) {
    const retry = onRetry && message.messageType === 'OUTGOING' && message.senderKind !== 'PAGE_OUTSIDE_LIVEDESK'
        && h('button', { type: 'button', class: 'button button--small message__retry', dataset: { testid: 'message-retry' } },
            'Retry');
    if (retry) {
        retry.addEventListener('click', async () => {
            retry.disabled = true;
            retry.textContent = 'Retrying…';
            try {
                await onRetry(message);
            } catch {
                // The agent was told why (a toast); the button is offered again.
                retry.disabled = false;
                retry.textContent = 'Retry';
            }
        });
    }
    return h('div', { class: 'message__failure', dataset: { testid: 'message-failure' } },
        h('p', { class: 'message__failure-text', dataset: { testid: 'message-failure-reason' } },
            `Not delivered: ${withCode(message.failureReason ?? 'the channel refused the message', message.failureCode)}`),
        retry);
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

/**
 * Pictures and stickers as images, LiveDesk's own copies of sound and video as players, anything else as a
 * link. A file LiveDesk could not copy says why: the channel's link may stop working.
 */
function attachments(list) {
    if (!list?.length) return null;
    return h('ul', { class: 'attachments' }, list.map(attachment => {
        const url = safeUrl(attachment.url);
        const name = attachment.fileName ?? nameOf({}, attachment.kind);
        const ownCopy = isOwnCopy(attachment.url);
        const item = h('li', {
            class: `attachments__item attachments__item--${String(attachment.kind).toLowerCase()}`,
            dataset: { testid: 'attachment', kind: attachment.kind ?? '', copy: ownCopy ? 'livedesk' : 'channel' },
        });
        item.append(shownFile(attachment, url, name, ownCopy));
        if (attachment.copyProblem) {
            // The server's reason already reads "Not copied: ..."; another wording gets that prefix.
            const reason = /^not copied/i.test(attachment.copyProblem)
                ? attachment.copyProblem : `Not copied: ${attachment.copyProblem}`;
            item.append(h('p', { class: 'attachments__problem', dataset: { testid: 'attachment-problem' } },
                url && !ownCopy ? `${reason} The link leads to ${hostOf(url)}, outside LiveDesk, and may stop working.` : reason));
        }
        return item;
    }));
}

function isPicture(attachment) {
    return attachment.kind === 'IMAGE' || attachment.kind === 'STICKER';
}

function shownFile(attachment, url, name, ownCopy) {
    if (url && isPicture(attachment)) {
        return link(url, h('img', { class: 'attachments__image', src: url, alt: name, loading: 'lazy', referrerPolicy: 'no-referrer' }));
    }
    // Players only for LiveDesk's copies: the channel's links expire and would play from Facebook's servers.
    if (url && ownCopy && attachment.kind === 'VIDEO') {
        return h('video', { class: 'attachments__video', src: url, controls: true, preload: 'metadata',
            title: name, dataset: { testid: 'attachment-video' } });
    }
    if (url && ownCopy && attachment.kind === 'AUDIO') {
        return h('audio', { class: 'attachments__audio', src: url, controls: true, preload: 'metadata',
            title: name, dataset: { testid: 'attachment-audio' } });
    }
    const size = attachment.byteSize ? ` · ${Math.max(1, Math.round(attachment.byteSize / 1024))} KB` : '';
    return h('span', { class: 'attachments__file' }, url ? link(url, name) : name, size);
}

function hostOf(url) {
    try {
        return new URL(url).host;
    } catch {
        return 'another site';
    }
}

function link(url, content) {
    return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, content);
}
