package io.livedesk.application.policy;

import io.livedesk.domain.assignment.AssignmentTier;

/**
 * The assignment policy's answer, with everything needed to apply it and to explain it later.
 *
 * @param tier              who decided: {@code ROUTING_RULE}, {@code AI_AGENT}, {@code HUMAN}, or {@code QUEUED}
 *                          when a human should take it but nobody can right now
 * @param ruleId            the id of the rule that decided the tier ({@code ROUTE-030}), never null
 * @param ruleName          that rule's full name, never null
 * @param action            what the deciding rule asked for: team, named agent, AI agent, priority, labels
 * @param assignee          the chosen human agent's user id, or null (AI agent, or queued)
 * @param aiAgent           true when the inbox's AI agent takes the conversation
 * @param explanation       the candidates considered, why each was excluded, the tie-break, and why it queued
 */
public record AssignmentOutcome(AssignmentTier tier, String ruleId, String ruleName, RoutingAction action,
                                Long assignee, boolean aiAgent, AssignmentExplanation explanation) {

    /** Nobody could take it: the caller queues the conversation (oldest first) and retries when an agent frees up. */
    public boolean queued() {
        return tier == AssignmentTier.QUEUED;
    }
}
