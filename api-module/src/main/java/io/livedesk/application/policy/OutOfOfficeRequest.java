package io.livedesk.application.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer just wrote: the facts that decide whether they are told the inbox is closed.
 *
 * @param outOfOfficeMessageSet  true when the inbox has an out-of-office text to send
 * @param lastOutOfOfficeSentAt  when this conversation last got the out-of-office message, or null
 * @param lastAgentReplyAt       when an agent last replied in this conversation, or null
 */
public record OutOfOfficeRequest(long conversationId, OpeningHours openingHours, boolean outOfOfficeMessageSet,
                                 Instant lastOutOfOfficeSentAt, Instant lastAgentReplyAt, Instant now) {

    public OutOfOfficeRequest {
        Objects.requireNonNull(openingHours, "openingHours");
        Objects.requireNonNull(now, "now");
    }
}
