package io.livedesk.rules.facts;

import io.livedesk.application.policy.SurveyRequest;
import java.time.Duration;

/** A conversation was resolved: what the survey rules may test. */
public final class SurveyCase {

    private final SurveyRequest request;

    public SurveyCase(SurveyRequest request) {
        this.request = request;
    }

    public long getConversationId() { return request.conversationId(); }
    public boolean isCsatEnabled() { return request.csatEnabled(); }
    public boolean isResolved() { return request.resolved(); }
    public boolean isSurveyAlreadySent() { return request.surveyAlreadySent(); }

    /** Minutes since the customer last wrote; a very large number when they never did. */
    public long getMinutesSinceCustomerMessage() {
        return request.lastCustomerMessageAt() == null ? Long.MAX_VALUE
                : Duration.between(request.lastCustomerMessageAt(), request.now()).toMinutes();
    }

    /** When the customer last wrote, for reasons ("their last message was at ..."); null when never. */
    public String getLastCustomerMessageAt() {
        return request.lastCustomerMessageAt() == null ? "never" : request.lastCustomerMessageAt().toString();
    }
}
