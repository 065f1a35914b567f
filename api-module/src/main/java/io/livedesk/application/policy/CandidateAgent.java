package io.livedesk.application.policy;

import io.livedesk.domain.account.Availability;
import java.util.Set;

/**
 * A human agent who could take the conversation, as the caller knows them right now.
 *
 * @param inboxMember            true when the agent is a member of the conversation's inbox
 * @param teams                  the names of the teams the agent belongs to
 * @param openConversations      how many open conversations the agent has now
 * @param capacity               how many open conversations the agent may have at most (the inbox's setting)
 * @param lastAssignmentSequence the agent's position in the inbox's round-robin rotation: the value of a
 *                               per-inbox counter at their last automatic assignment, 0 when never assigned.
 *                               The caller stores it; the lowest value is the one whose turn it is.
 */
public record CandidateAgent(long userId, String email, String name, Availability availability, boolean inboxMember,
                             Set<String> teams, int openConversations, int capacity, long lastAssignmentSequence) {

    public CandidateAgent {
        email = email == null ? "" : email;
        name = name == null ? "" : name;
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }
}
