package io.livedesk.rules.policies;

import io.livedesk.application.policy.GreetingPolicy;
import io.livedesk.application.policy.GreetingRequest;
import io.livedesk.application.policy.MessageDecision;
import io.livedesk.rules.engine.CompiledRuleSet;
import io.livedesk.rules.engine.CurrentRules;
import io.livedesk.rules.facts.MessageNotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The greeting, from the rules in greeting/; the rules read the request as it is. */
@ApplicationScoped
public class DroolsGreetingPolicy implements GreetingPolicy {

    private CurrentRules rules;

    /** For CDI's proxy. */
    protected DroolsGreetingPolicy() {
    }

    @Inject
    public DroolsGreetingPolicy(CurrentRules rules) {
        this.rules = rules;
    }

    @Override
    public MessageDecision decide(GreetingRequest request) {
        CompiledRuleSet current = rules.current();
        MessageNotes greeting = new MessageNotes(current.catalog());
        current.run(List.of(request), "greeting", greeting);
        return greeting.decision();
    }
}
