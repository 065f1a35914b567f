/**
 * How one conversation summary looks in the middle pane: as a card (conversation view) or as a row of the
 * ticket table. Both carry data-testid="conversation-item" and the conversation id, for tests and
 * for the click handler of the list.
 */
import { avatar, h } from './dom.js';
import { nameOf, PRIORITY_NAMES, shortAge, dateAndTime, STATUS_NAMES } from './format.js';

export function conversationCard(summary, { selected, labelColor }) {
    return h('li', { class: 'card-item' },
        h('button', {
            type: 'button',
            class: 'card',
            'aria-current': selected ? 'true' : null,
            dataset: { testid: 'conversation-item', conversationId: String(summary.id), status: summary.status },
        },
        avatar(summary.contact?.displayName, summary.contact?.avatarUrl, summary.contact?.id),
        h('span', { class: 'card__body' },
            h('span', { class: 'card__top' },
                h('span', { class: 'card__name', dataset: { testid: 'conversation-contact' } }, summary.contact?.displayName),
                age(summary.lastActivityAt)),
            h('span', { class: 'card__preview', dataset: { testid: 'conversation-preview' } },
                summary.lastMessagePreview ?? 'No messages yet'),
            h('span', { class: 'card__meta' },
                h('span', { class: 'card__inbox' }, summary.inboxName),
                summary.status !== 'OPEN' && statusBadge(summary.status),
                summary.priority && summary.priority !== 'NONE' && priorityBadge(summary.priority),
                (summary.labels ?? []).map(title => labelChip(title, labelColor(title))),
                h('span', { class: 'card__assignee' }, assigneeName(summary))))));
}

export function ticketRow(summary, { selected, labelColor }) {
    return h('tr', {
        class: 'ticket-row',
        'aria-current': selected ? 'true' : null,
        dataset: { testid: 'conversation-item', conversationId: String(summary.id), status: summary.status },
    },
    h('td', { class: 'ticket-row__id' }, `#${summary.id}`),
    h('td', {},
        h('button', { type: 'button', class: 'ticket-row__open', title: 'Open the conversation' },
            avatar(summary.contact?.displayName, summary.contact?.avatarUrl, summary.contact?.id, 'small'),
            h('span', { dataset: { testid: 'conversation-contact' } }, summary.contact?.displayName))),
    h('td', { class: 'ticket-row__subject', dataset: { testid: 'conversation-preview' } },
        summary.lastMessagePreview ?? 'No messages yet'),
    h('td', {}, summary.inboxName),
    h('td', {}, statusBadge(summary.status)),
    h('td', {}, summary.priority && summary.priority !== 'NONE' ? priorityBadge(summary.priority) : h('span', { class: 'muted', text: '—' })),
    h('td', {}, assigneeName(summary)),
    h('td', { class: 'ticket-row__labels' }, (summary.labels ?? []).map(title => labelChip(title, labelColor(title)))),
    h('td', { class: 'ticket-row__age' }, age(summary.lastActivityAt, true)));
}

/** "Unassigned", the agent's name, or the AI agent's name marked as AI: never a guessed name. */
export function assigneeName(summary) {
    if (summary.assignee) return summary.assignee.displayName;
    if (summary.aiAssignee) return `${summary.aiAssignee.name} (AI)`;
    return 'Unassigned';
}

export function statusBadge(status) {
    return h('span', { class: `badge badge--${status.toLowerCase()}`, dataset: { testid: 'status-badge' } },
        nameOf(STATUS_NAMES, status));
}

export function priorityBadge(priority) {
    return h('span', { class: `priority priority--${priority.toLowerCase()}` }, nameOf(PRIORITY_NAMES, priority));
}

export function labelChip(title, color) {
    return h('span', { class: 'chip', style: color ? `--chip-color: ${cssColor(color)}` : null }, title);
}

/** Label colours come from administrators; only a plain hex colour goes into a style. */
function cssColor(color) {
    return /^#[0-9a-f]{3,8}$/i.test(color) ? color : 'var(--gray-500)';
}

function age(iso, long = false) {
    return h('time', { class: 'age', datetime: iso, title: dateAndTime(iso), dataset: { age: long ? 'long' : 'short' } },
        shortAge(iso));
}

/** Ages move on while nothing else changes: the list calls this on every poll. */
export function refreshAges(root) {
    for (const time of root.querySelectorAll('time[data-age]')) {
        time.textContent = shortAge(time.getAttribute('datetime'));
    }
}
