package io.livedesk.rules.policies;

import io.livedesk.application.policy.AssignmentRequest;
import io.livedesk.application.policy.AssignmentSimulation;
import io.livedesk.application.policy.AssignmentSimulation.SimulatedCase;
import io.livedesk.application.policy.AssignmentSimulator;
import io.livedesk.application.policy.RuleFile;
import io.livedesk.application.policy.RuleSetValidation;
import io.livedesk.rules.engine.ActiveRules;
import io.livedesk.rules.engine.CompiledRuleSet;
import io.livedesk.rules.engine.CurrentRules;
import io.livedesk.rules.engine.RuleSet;
import io.livedesk.rules.engine.RuleSetCompiler;
import io.livedesk.rules.language.LanguageDetection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;

/**
 * Decides each case twice, with the active rules and with a draft compiled on the side. The draft is never
 * activated and nothing is written: the outcomes are only returned.
 */
@ApplicationScoped
public class DroolsAssignmentSimulator implements AssignmentSimulator {

    /** Compiles a draft without activating it. */
    public interface DraftCompiler {
        RuleSetCompiler.Outcome compileDraft(List<RuleFile> files);
    }

    private CurrentRules rules;
    private DraftCompiler drafts;
    private AssignmentDecider decider;

    /** For CDI's proxy. */
    protected DroolsAssignmentSimulator() {
    }

    @Inject
    public DroolsAssignmentSimulator(ActiveRules rules, LanguageDetection language) {
        this(rules, rules::compileDraft, language);
    }

    public DroolsAssignmentSimulator(CurrentRules rules, DraftCompiler drafts, Function<String, String> language) {
        this.rules = rules;
        this.drafts = drafts;
        this.decider = new AssignmentDecider(language);
    }

    @Override
    public AssignmentSimulation simulate(List<RuleFile> draft, List<AssignmentRequest> cases) {
        RuleSetCompiler.Outcome compiled = drafts.compileDraft(draft);
        if (!compiled.succeeded()) {
            return new AssignmentSimulation(new RuleSetValidation(false,
                    RuleSet.of(draft, RuleSet.DRAFT).version(), 0, compiled.problems()), List.of());
        }
        CompiledRuleSet active = rules.current();
        CompiledRuleSet candidate = compiled.compiled();
        List<SimulatedCase> outcomes = cases.stream()
                .map(request -> new SimulatedCase(request, decider.decide(active, request),
                        decider.decide(candidate, request)))
                .toList();
        return new AssignmentSimulation(new RuleSetValidation(true, candidate.source().version(),
                candidate.ruleCount(), List.of()), outcomes);
    }
}
