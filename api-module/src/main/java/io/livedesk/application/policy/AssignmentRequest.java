package io.livedesk.application.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the assignment policy may look at: the inbox, the conversation and its latest customer message,
 * and the agents who could take it (the inbox's members and, when routing rules name teams, those teams'
 * members), each with their current load and round-robin position.
 *
 * @param now the instant the decision is made for: business hours and time of day are computed from it
 */
public record AssignmentRequest(InboxFacts inbox, ConversationFacts conversation, List<CandidateAgent> candidates,
                                Instant now) {

    public AssignmentRequest {
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(now, "now");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
