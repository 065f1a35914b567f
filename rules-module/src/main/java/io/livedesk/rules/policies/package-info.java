/**
 * The Drools implementations of the policy ports: each builds the facts, runs the active rule set, and turns
 * what the rules wrote into the decision record callers get. The arithmetic that is not a business rule lives
 * here in plain Java: opening hours in a time zone ({@link io.livedesk.rules.policies.OpeningHoursClock}) and
 * choosing among eligible agents by load or turn ({@link io.livedesk.rules.policies.HumanPicker}).
 */
package io.livedesk.rules.policies;
