package io.livedesk.application.internal;

import java.time.Instant;

/**
 * A customer's message (or button tap) was stored, for the first time: fired after commit, so that what follows
 * (the profile fetched, attachments copied, greeting, out-of-office, assignment) never holds up the webhook queue.
 * It carries what the follow-up work would otherwise read back: the customer's id in the channel, when their profile
 * was last fetched (null: never), and whether there is anything to copy.
 */
public record CustomerSeen(long inboxId, long contactId, String sourceId, Instant profileFetchedAt, long conversationId,
                           long messageId, boolean newConversation, boolean hasAttachments, String text) {
}
