package io.livedesk.application;

/**
 * Assigns a conversation as the assignment rules decide (routing rules, then an AI agent, then a human by load or
 * round-robin), recording why. Safe to call from any number of servers at once: a conversation is assigned once.
 */
public interface AutomaticAssignment {

    /**
     * Decides for the conversation when it still needs an assignee (open, unassigned, its inbox assigns
     * automatically). False when nobody could take it and it waits in the queue.
     */
    boolean assign(long conversationId);
}
