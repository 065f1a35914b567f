package io.livedesk.application.policy;

/** Decides which tier takes a conversation: a routing rule, an AI agent, or a human agent. */
public interface AssignmentPolicy {

    TierDecision decideTier(AssignmentCase assignmentCase);
}
