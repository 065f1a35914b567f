package io.livedesk.application.policy;

/**
 * Whether an inbox is open now, in its own time zone, and whether a customer who just wrote gets the
 * out-of-office message.
 */
public interface BusinessHoursPolicy {

    BusinessHoursOutcome check(OutOfOfficeRequest request);
}
