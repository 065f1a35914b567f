package io.livedesk.application.policy;

import java.util.List;
import java.util.Objects;

/**
 * What a draft rule set would decide for each case, next to what the active set decides. When the draft is not
 * valid, {@code cases} is empty and the validation says why.
 */
public record AssignmentSimulation(RuleSetValidation draft, List<SimulatedCase> cases) {

    public AssignmentSimulation {
        cases = List.copyOf(cases);
    }

    /** One case, decided by both sets. */
    public record SimulatedCase(AssignmentRequest request, AssignmentOutcome active, AssignmentOutcome draft) {

        /** True when the draft would send the conversation elsewhere or ask for something else. */
        public boolean changed() {
            return active.tier() != draft.tier()
                    || !active.ruleId().equals(draft.ruleId())
                    || !active.action().equals(draft.action())
                    || !Objects.equals(active.assignee(), draft.assignee())
                    || active.aiAgent() != draft.aiAgent();
        }
    }
}
