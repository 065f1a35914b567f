package io.livedesk.application.policy;

import java.time.ZonedDateTime;

/**
 * Open or closed, the local time that was judged, and the out-of-office decision. The caller sends the
 * message when {@code outOfOffice().send()} and then stores the time it sent it.
 */
public record BusinessHoursOutcome(boolean open, ZonedDateTime localTime, MessageDecision outOfOffice) {
}
