package io.livedesk.rules.policies;

import io.livedesk.application.policy.CandidateAgent;
import io.livedesk.domain.inbox.AssignmentMethod;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses one agent among those the rules left eligible. This is arithmetic, not policy, so it is Java: which
 * agents may take a conversation is in the DRL (30-human.drl), how to choose among them is fixed by the inbox's
 * assignment method.
 *
 * <ul>
 *   <li>Load-based: the lowest share of capacity in use (open conversations / capacity), so an agent with
 *       capacity 10 and 5 open counts as loaded as one with capacity 4 and 2 open. Ties go to whoever was
 *       assigned least recently, then to the lowest user id.</li>
 *   <li>Round-robin: whoever was assigned least recently (the lowest rotation sequence; never assigned comes
 *       first), then the lowest user id. Fed back the sequences the caller stores, every agent's count stays
 *       within one of every other's.</li>
 * </ul>
 */
public final class HumanPicker {

    /** The chosen agent and a sentence on why them rather than the others. */
    public record Pick(CandidateAgent agent, String tieBreak) {
    }

    private static final Comparator<CandidateAgent> BY_TURN = Comparator
            .comparingLong(CandidateAgent::lastAssignmentSequence)
            .thenComparingLong(CandidateAgent::userId);

    private static final Comparator<CandidateAgent> BY_LOAD = HumanPicker::compareLoad;

    private HumanPicker() {
    }

    public static Optional<Pick> pick(AssignmentMethod method, List<CandidateAgent> eligible) {
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(method == AssignmentMethod.LOAD_BASED ? byLoad(eligible) : byTurn(eligible));
    }

    private static Pick byLoad(List<CandidateAgent> eligible) {
        CandidateAgent chosen = eligible.stream().min(BY_LOAD.thenComparing(BY_TURN)).orElseThrow();
        long tied = eligible.stream().filter(other -> compareLoad(other, chosen) == 0).count();
        String load = chosen.openConversations() + " of " + chosen.capacity() + " open";
        if (tied == 1) {
            return new Pick(chosen, "Load-based: " + chosen.name() + " has the lowest load (" + load + ")");
        }
        return new Pick(chosen, "Load-based: " + tied + " agents share the lowest load (" + load + "); "
                + chosen.name() + " was assigned least recently" + sequence(chosen));
    }

    private static Pick byTurn(List<CandidateAgent> eligible) {
        CandidateAgent chosen = eligible.stream().min(BY_TURN).orElseThrow();
        return new Pick(chosen, "Round-robin: " + chosen.name() + "'s turn, assigned least recently of "
                + eligible.size() + " eligible" + sequence(chosen));
    }

    private static String sequence(CandidateAgent agent) {
        return agent.lastAssignmentSequence() == 0 ? " (never before)" : " (rotation " + agent.lastAssignmentSequence() + ")";
    }

    /** open(a)/capacity(a) against open(b)/capacity(b), in whole numbers so that no rounding decides. */
    private static int compareLoad(CandidateAgent a, CandidateAgent b) {
        return Long.compare((long) a.openConversations() * b.capacity(), (long) b.openConversations() * a.capacity());
    }
}
