package io.livedesk.application.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One agent considered for the human tier, and why they could not take the conversation.
 *
 * @param exclusions every reason that excluded them, empty when they were eligible
 * @param excludedBy the ids of the rules that excluded them, in the same order
 */
public record CandidateVerdict(long userId, String name, List<Exclusion> exclusions, List<String> excludedBy) {

    public CandidateVerdict {
        exclusions = List.copyOf(exclusions);
        excludedBy = List.copyOf(excludedBy);
    }

    public boolean eligible() {
        return exclusions.isEmpty();
    }

    String describe() {
        if (eligible()) {
            return name + " eligible";
        }
        String reasons = exclusions.stream().map(Exclusion::describe).collect(Collectors.joining(", "));
        return name + " excluded (" + reasons + " by " + String.join(", ", excludedBy) + ")";
    }
}
