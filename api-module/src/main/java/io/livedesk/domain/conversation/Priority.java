package io.livedesk.domain.conversation;

/** How urgent a conversation is, as an agent or a routing rule set it. */
public enum Priority {
    NONE, LOW, MEDIUM, HIGH, URGENT
}
