package io.livedesk.application.policy;

/** Whether a customer gets the inbox's greeting. The caller records that it sent it. */
public interface GreetingPolicy {

    MessageDecision decide(GreetingRequest request);
}
