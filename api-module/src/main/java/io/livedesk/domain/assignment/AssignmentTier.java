package io.livedesk.domain.assignment;

/** Who decided an assignment, in the order the policy asks them. */
public enum AssignmentTier {
    /** A routing rule matched (first match wins). */
    ROUTING_RULE,
    /** No rule matched and the inbox has an enabled AI agent. */
    AI_AGENT,
    /** A human agent was chosen by load or round-robin. */
    HUMAN,
    /** Nobody was available: the conversation waits in the queue. */
    QUEUED,
    /** A person assigned or unassigned it by hand. */
    MANUAL
}
