/**
 * What the workspace looks things up in: the inboxes the agent belongs to (with their members, who a
 * conversation can be assigned to) and the labels an administrator defined. Inbox details are kept for a
 * minute, so opening conversation after conversation does not ask for the same members again and again.
 */
import { fetchInbox, fetchInboxes, fetchLabels } from './api.js';

const INBOX_DETAIL_MILLIS = 60_000;

export function createDirectory() {
    let inboxes = [];
    let labels = [];
    const inboxDetails = new Map();

    return {
        async load() {
            [inboxes, labels] = await Promise.all([fetchInboxes(), fetchLabels()]);
            for (const inbox of inboxes) inboxDetails.set(inbox.id, { inbox, at: Date.now() });
        },
        inboxes: () => inboxes,
        labels: () => labels,
        labelColor: title => labels.find(label => label.title === title)?.color,
        inboxName: id => inboxes.find(inbox => inbox.id === id)?.name,

        /** The inbox with its members and AI agents, fresh within a minute. */
        async inbox(id) {
            const cached = inboxDetails.get(id);
            if (cached && Date.now() - cached.at < INBOX_DETAIL_MILLIS) return cached.inbox;
            const inbox = await fetchInbox(id);
            inboxDetails.set(id, { inbox, at: Date.now() });
            return inbox;
        },
    };
}
