package io.livedesk.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.rules.TheRules;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PackagedRulesTest {

    /** Update on purpose when a packaged rule is added or removed: a rule lost by accident fails the build. */
    private static final Map<String, Integer> EXPECTED_RULES_PER_FILE = new TreeMap<>(Map.of(
            "assignment/10-routing.drl", 7,
            "assignment/20-ai-agent.drl", 1,
            "assignment/30-human.drl", 7,
            "csat/10-survey.drl", 4,
            "greeting/10-greeting.drl", 3,
            "hours/10-out-of-office.drl", 3));

    @Test
    void everyPackagedFileCompilesAndTheRuleCountIsTheExpectedOne() {
        CompiledRuleSet rules = TheRules.packaged();

        Map<String, Integer> perFile = new TreeMap<>();
        rules.catalog().entries().forEach(entry -> perFile.merge(entry.file(), 1, Integer::sum));
        assertEquals(EXPECTED_RULES_PER_FILE, perFile, "a rule was added or lost: update the count on purpose");
        assertEquals(25, rules.ruleCount(), "Drools compiled a different number of rules than are written");
    }

    @Test
    void thePackagedSetIsExactlyTheExpectedFiles() {
        assertEquals(RuleSetStructure.EXPECTED_FILES, TheRules.packaged().source().paths());
        assertTrue(RuleSetStructure.check(TheRules.packaged().source()).problems().isEmpty());
    }
}
