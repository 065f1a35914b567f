package io.livedesk.rules.facts;

import io.livedesk.application.policy.OutOfOfficeRequest;
import java.time.Duration;
import java.time.ZonedDateTime;

/** A customer just wrote: what the out-of-office rules may test. */
public final class OutOfOfficeCase {

    private final OutOfOfficeRequest request;
    private final boolean open;
    private final ZonedDateTime localTime;

    public OutOfOfficeCase(OutOfOfficeRequest request, boolean open, ZonedDateTime localTime) {
        this.request = request;
        this.open = open;
        this.localTime = localTime;
    }

    public long getConversationId() { return request.conversationId(); }
    public boolean isBusinessHoursEnabled() { return request.openingHours().enabled(); }
    public boolean isOpen() { return open; }
    public boolean isMessageSet() { return request.outOfOfficeMessageSet(); }
    public int getHour() { return localTime.getHour(); }

    /** True when this conversation already got the out-of-office message today, in the inbox's time zone. */
    public boolean isSentToday() {
        return request.lastOutOfOfficeSentAt() != null
                && request.lastOutOfOfficeSentAt().atZone(localTime.getZone()).toLocalDate()
                .equals(localTime.toLocalDate());
    }

    /** Minutes since an agent last replied in this conversation; a very large number when no agent ever did. */
    public long getMinutesSinceAgentReply() {
        return request.lastAgentReplyAt() == null ? Long.MAX_VALUE
                : Duration.between(request.lastAgentReplyAt(), request.now()).toMinutes();
    }
}
