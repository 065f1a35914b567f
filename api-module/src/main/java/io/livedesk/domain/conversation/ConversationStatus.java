package io.livedesk.domain.conversation;

/** Where a conversation stands. */
public enum ConversationStatus {
    /** Needs the team's attention. */
    OPEN,
    /** Waiting on something (often the customer); not in the team's queue. */
    PENDING,
    /** Put aside until a time; a new customer message wakes it up. */
    SNOOZED,
    /** Done. A later customer message starts a new conversation. */
    RESOLVED;

    /** Conversations a new customer message is appended to, instead of starting a new one. */
    public boolean isActive() {
        return this != RESOLVED;
    }
}
