/**
 * The ports of the policies business analysts own (assignment, business hours, greeting, CSAT) and the facts
 * their rules read and write. Implemented in the rules module with Drools; callers never see a KieSession.
 */
package io.livedesk.application.policy;
