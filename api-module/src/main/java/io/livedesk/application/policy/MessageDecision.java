package io.livedesk.application.policy;

import java.util.List;

/**
 * Whether an automatic message (greeting, out-of-office, satisfaction survey) is to be sent now, which rule
 * decided, and the reasons. When it is not sent, {@code reasons} says why, so the caller can record it (a survey
 * that was not sent keeps its reason).
 *
 * @param ruleId   the deciding rule's id, or null when no rule had anything to say
 * @param ruleName the deciding rule's name, or null
 */
public record MessageDecision(boolean send, String ruleId, String ruleName, List<String> reasons) {

    public MessageDecision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
