/**
 * The ports of the policies business analysts own (assignment, business hours and out-of-office, greeting,
 * CSAT survey, and the management of the rule set itself), the facts a caller fills in for them, and the
 * decisions they return. Implemented in the rules module with Drools; callers never see a KieSession, and
 * nothing here imports Drools, JAX-RS or HTTP types.
 *
 * <p>Every type here is an immutable record or enum, so a decision can be logged, stored or turned into JSON
 * as it is. What a caller persists (round-robin state, out-of-office and greeting sent times, decisions) is
 * the caller's business: the policies have no side effects.
 */
package io.livedesk.application.policy;
