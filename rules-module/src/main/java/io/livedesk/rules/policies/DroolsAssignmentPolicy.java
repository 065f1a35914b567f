package io.livedesk.rules.policies;

import io.livedesk.application.policy.AssignmentOutcome;
import io.livedesk.application.policy.AssignmentPolicy;
import io.livedesk.application.policy.AssignmentRequest;
import io.livedesk.rules.engine.CurrentRules;
import io.livedesk.rules.language.LanguageDetection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The assignment policy, decided by the active rule set. */
@ApplicationScoped
public class DroolsAssignmentPolicy implements AssignmentPolicy {

    private CurrentRules rules;
    private AssignmentDecider decider;

    /** For CDI's proxy. */
    protected DroolsAssignmentPolicy() {
    }

    @Inject
    public DroolsAssignmentPolicy(CurrentRules rules, LanguageDetection language) {
        this.rules = rules;
        this.decider = new AssignmentDecider(language);
    }

    @Override
    public AssignmentOutcome decide(AssignmentRequest request) {
        return decider.decide(rules.current(), request);
    }
}
