package io.livedesk.application.internal;

/**
 * A customer's message (or button tap) was stored: fired after commit, so the profile can be fetched and the
 * message's attachments copied without holding up the webhook queue.
 */
public record CustomerSeen(long inboxId, long contactId, long messageId) {
}
