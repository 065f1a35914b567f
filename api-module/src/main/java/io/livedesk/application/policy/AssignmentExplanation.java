package io.livedesk.application.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why the conversation went where it went, in terms an agent or analyst can read.
 *
 * @param alsoMatched  rules that matched after the deciding one and were therefore not applied
 * @param candidates   every agent considered for the human tier, with why each was excluded (empty when no human
 *                     was needed)
 * @param tieBreak     how the chosen agent was preferred over the other eligible ones, or null
 * @param queueReason  why the conversation waits in the queue, or null when it does not
 * @param languageNote where the customer's language came from (the contact's locale, or detected from the text),
 *                     or null when no rule looked at it
 */
public record AssignmentExplanation(List<String> alsoMatched, List<CandidateVerdict> candidates, String tieBreak,
                                    String queueReason, String languageNote) {

    public AssignmentExplanation {
        alsoMatched = alsoMatched == null ? List.of() : List.copyOf(alsoMatched);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** One paragraph, for the assignment record's explanation column and the conversation's history. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!alsoMatched.isEmpty()) {
            text.append("Also matched, not applied: ").append(String.join("; ", alsoMatched)).append(". ");
        }
        if (languageNote != null) {
            text.append(languageNote).append(". ");
        }
        if (!candidates.isEmpty()) {
            text.append("Candidates: ").append(candidates.stream().map(CandidateVerdict::describe)
                    .collect(Collectors.joining("; "))).append(". ");
        }
        if (tieBreak != null) {
            text.append(tieBreak).append(". ");
        }
        if (queueReason != null) {
            text.append("Queued: ").append(queueReason).append('.');
        }
        return text.toString().strip();
    }
}
