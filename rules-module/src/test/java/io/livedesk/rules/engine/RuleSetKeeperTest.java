package io.livedesk.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.policy.RuleBaseStatus.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleSetKeeperTest {

    private static final ClassLoader CLASS_LOADER = RuleSetKeeperTest.class.getClassLoader();

    private static RuleSetKeeper withThePackagedRules() {
        return new RuleSetKeeper(new RuleSetCompiler(CLASS_LOADER, Clock.systemUTC()), CLASS_LOADER, Optional.empty(),
                Duration.ofMillis(250));
    }

    @Test
    void beforeTheFirstBuildTheStatusSaysTheRulesAreNotReady() {
        Status status = withThePackagedRules().status();

        assertFalse(status.healthy());
        assertEquals(List.of("not built yet"), status.problems());
    }

    @Test
    void aDecisionAskedForBeforeStartUpBuildsTheRulesInsteadOfWaiting() {
        RuleSetKeeper keeper = withThePackagedRules();

        CompiledRuleSet rules = keeper.current();

        assertEquals(RuleSet.PACKAGED, rules.source().origin());
        Status status = keeper.status();
        assertTrue(status.healthy());
        assertEquals(25, status.ruleCount());
        assertEquals(RuleSetStructure.EXPECTED_FILES, status.files());
        assertEquals(rules.source().version(), status.version());
    }
}
