package io.livedesk.application.internal;

/**
 * A customer's message (or button tap) was stored, for the first time: fired after commit, so that what follows
 * (the profile fetched, attachments copied, greeting, out-of-office, assignment) never holds up the webhook queue.
 */
public record CustomerSeen(long inboxId, long contactId, long conversationId, long messageId,
                           boolean newConversation, String text) {
}
