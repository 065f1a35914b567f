package io.livedesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.policy.AssignmentCase;
import io.livedesk.application.policy.TierDecision;
import io.livedesk.domain.assignment.AssignmentTier;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssignmentTierRulesTest {

    private static DroolsRuleBase rules;

    @BeforeAll
    static void buildThePackagedRuleBase() {
        rules = new DroolsRuleBase();
        rules.build();
    }

    @Nested
    class ThePackagedRuleBase {

        @Test
        void compilesWithTheExpectedNumberOfRules() {
            assertTrue(rules.status().healthy(), () -> String.join("\n", rules.status().problems()));
            assertEquals(2, rules.status().ruleCount(), "a rule was added or lost: update this count on purpose");
        }
    }

    @Nested
    class WhoTakesAConversation {

        @Test
        void anEnabledAiAgentTakesItBeforeAnyHuman() {
            TierDecision decision = rules.decideTier(new AssignmentCase(1, 7, true));
            assertEquals(AssignmentTier.AI_AGENT, decision.tier());
            assertEquals("TIER-020", decision.ruleId());
        }

        @Test
        void withoutAnEnabledAiAgentAHumanAgentTakesIt() {
            TierDecision decision = rules.decideTier(new AssignmentCase(1, 7, false));
            assertEquals(AssignmentTier.HUMAN, decision.tier());
            assertEquals("TIER-030 Otherwise a human agent of the inbox takes it", decision.ruleName());
        }
    }

    @Nested
    class ABrokenRuleFile {

        @Test
        void isRejectedWithFileLineAndMessage() {
            DroolsRuleBase.RuleBuild build = DroolsRuleBase.RuleBuild.of(List.of("rules/broken/broken.drl"),
                    getClass().getClassLoader());
            assertFalse(build.status().healthy());
            String problems = String.join("\n", build.status().problems());
            assertTrue(problems.contains("broken.drl:"), problems);
        }
    }
}
