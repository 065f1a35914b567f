package io.livedesk.application.policy;

/** What the assignment policy knows about a conversation that needs an assignee. */
public record AssignmentCase(long conversationId, long inboxId, boolean aiAgentEnabled) {
}
