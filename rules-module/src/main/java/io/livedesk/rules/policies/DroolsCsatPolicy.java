package io.livedesk.rules.policies;

import io.livedesk.application.policy.CsatPolicy;
import io.livedesk.application.policy.MessageDecision;
import io.livedesk.application.policy.SurveyRequest;
import io.livedesk.rules.engine.CompiledRuleSet;
import io.livedesk.rules.engine.CurrentRules;
import io.livedesk.rules.facts.MessageNotes;
import io.livedesk.rules.facts.SurveyCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The satisfaction survey, from the rules in csat/. */
@ApplicationScoped
public class DroolsCsatPolicy implements CsatPolicy {

    private CurrentRules rules;

    /** For CDI's proxy. */
    protected DroolsCsatPolicy() {
    }

    @Inject
    public DroolsCsatPolicy(CurrentRules rules) {
        this.rules = rules;
    }

    @Override
    public MessageDecision decide(SurveyRequest request) {
        CompiledRuleSet current = rules.current();
        MessageNotes survey = new MessageNotes(current.catalog());
        current.run(List.of(new SurveyCase(request)), "survey", survey);
        return survey.decision();
    }
}
