package io.livedesk.application.policy;

/**
 * Decides who takes a conversation, in the order of priority: the first routing rule that matches,
 * otherwise the inbox's enabled AI agent, otherwise a human agent chosen by load or round-robin, otherwise the
 * queue. Safe to call from many threads at once; it reads nothing and writes nothing outside the request.
 */
public interface AssignmentPolicy {

    AssignmentOutcome decide(AssignmentRequest request);
}
