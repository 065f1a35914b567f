package io.livedesk.application.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * @param csatEnabled            the inbox's survey setting
 * @param resolved               true when the conversation has just been resolved
 * @param surveyAlreadySent      true when the conversation already got a survey
 * @param lastCustomerMessageAt  when the customer last wrote (Messenger's reply window counts from here), or null
 */
public record SurveyRequest(long conversationId, boolean csatEnabled, boolean resolved, boolean surveyAlreadySent,
                            Instant lastCustomerMessageAt, Instant now) {

    public SurveyRequest {
        Objects.requireNonNull(now, "now");
    }
}
