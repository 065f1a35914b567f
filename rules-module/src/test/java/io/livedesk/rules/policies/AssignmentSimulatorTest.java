package io.livedesk.rules.policies;

import static io.livedesk.rules.policies.Cases.agent;
import static io.livedesk.rules.policies.Cases.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.policy.AssignmentSimulation;
import io.livedesk.application.policy.RuleFile;
import io.livedesk.domain.account.Availability;
import io.livedesk.rules.TheRules;
import io.livedesk.rules.engine.RuleSet;
import io.livedesk.rules.engine.RuleSetCompiler;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentSimulatorTest {

    private final RuleSetCompiler compiler = new RuleSetCompiler(getClass().getClassLoader(), Clock.systemUTC());
    private final DroolsAssignmentSimulator simulator = new DroolsAssignmentSimulator(TheRules::packaged,
            files -> compiler.compile(RuleSet.of(files, RuleSet.DRAFT)), text -> "");

    private static List<RuleFile> draftWhereFrenchSpeakersGoToTheAiAgent() {
        return TheRules.packaged().source().files().stream()
                .map(file -> new RuleFile(file.path(), file.content()
                        .replace("assignment.assignToTeam(\"French\");", "assignment.assignToAiAgent();")))
                .toList();
    }

    @Test
    void aDraftShowsWhichConversationsItWouldSendElsewhere() {
        AssignmentSimulation simulation = simulator.simulate(draftWhereFrenchSpeakersGoToTheAiAgent(), List.of(
                message("Bonjour").fromLocale("fr_FR").withAnAiAgent()
                        .candidates(agent(2, "Amélie", Availability.ONLINE, true, Set.of("French"), 0, 10)).request(),
                message("Hello").request()));

        assertTrue(simulation.draft().valid());
        assertTrue(simulation.cases().get(0).changed());
        assertEquals(2L, simulation.cases().get(0).active().assignee());
        assertTrue(simulation.cases().get(0).draft().aiAgent());
        assertFalse(simulation.cases().get(1).changed());
    }

    @Test
    void simulatingADraftLeavesTheActiveRulesAsTheyAre() {
        String before = TheRules.packaged().source().version();
        simulator.simulate(draftWhereFrenchSpeakersGoToTheAiAgent(), List.of(message("Bonjour").request()));
        assertEquals(before, TheRules.packaged().source().version());
    }

    @Test
    void anInvalidDraftIsReportedInsteadOfSimulated() {
        List<RuleFile> broken = TheRules.packaged().source().files().stream()
                .map(file -> new RuleFile(file.path(), file.content().replace("ROUTE-030 ", "")))
                .toList();

        AssignmentSimulation simulation = simulator.simulate(broken, List.of(message("Bonjour").request()));

        assertFalse(simulation.draft().valid());
        assertTrue(simulation.cases().isEmpty());
    }
}
