package io.livedesk.application.policy;

import java.util.List;

/**
 * The result of checking a rule set: it compiles and keeps the expected structure, or the problems.
 *
 * @param version   the checked set's version (the same hash activation would give it)
 * @param ruleCount how many rules it has when valid, 0 otherwise
 */
public record RuleSetValidation(boolean valid, String version, int ruleCount, List<RuleProblem> problems) {

    public RuleSetValidation {
        problems = List.copyOf(problems);
    }
}
