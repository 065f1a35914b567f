package io.livedesk.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.policy.RuleFile;
import io.livedesk.application.policy.RuleProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RuleSetStructureTest {

    private static final ClassLoader CLASS_LOADER = RuleSetStructureTest.class.getClassLoader();
    private static final String ROUTING = "assignment/10-routing.drl";

    /** The packaged set with the routing file replaced. */
    static List<RuleFile> packagedWithRouting(String routing) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile file : PackagedRules.load(CLASS_LOADER).files()) {
            files.add(file.path().equals(ROUTING) ? new RuleFile(ROUTING, routing) : file);
        }
        return files;
    }

    static String routing(String... rules) {
        return """
                package io.livedesk.rules.assignment;
                import io.livedesk.rules.facts.Conversation;
                global io.livedesk.rules.facts.AssignmentNotes assignment;
                """ + String.join("\n", rules);
    }

    static String rule(String name, String condition, String action) {
        return "rule \"" + name + "\"\nwhen\n    Conversation( " + condition + " )\nthen\n    " + action + "\nend\n";
    }

    private static List<RuleProblem> problemsOf(String routing) {
        return RuleSetStructure.check(RuleSet.of(packagedWithRouting(routing), RuleSet.DRAFT)).problems();
    }

    @Nested
    class RuleNames {

        @Test
        void aRuleWhoseNameDoesNotStartWithAnIdIsRejectedWithItsPlace() {
            List<RuleProblem> problems = problemsOf(routing(rule("French speakers go to the French team",
                    "language == \"fr\"", "assignment.assignToTeam(\"French\");")));

            assertEquals(1, problems.size(), problems.toString());
            assertEquals(new RuleProblem(ROUTING, 4, 6, "rule \"French speakers go to the French team\" must start"
                    + " with an id such as ROUTE-010, then a space and what it does"), problems.get(0));
        }

        @Test
        void twoRulesWithTheSameIdAreRejected() {
            List<RuleProblem> problems = problemsOf(routing(
                    rule("ROUTE-010 One", "language == \"fr\"", "assignment.assignToTeam(\"French\");"),
                    rule("ROUTE-010 Two", "language == \"de\"", "assignment.assignToTeam(\"German\");")));

            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).message().contains("already used at assignment/10-routing.drl:4"));
        }

        @Test
        void anIdUsedInAnotherFileIsRejectedToo() {
            List<RuleProblem> problems = problemsOf(routing(rule("AI-010 Copied", "aiAgentEnabled",
                    "assignment.aiAgentTakesIt();")));

            assertFalse(problems.isEmpty());
        }

        @Test
        void rulesNumberedAgainstTheWrittenOrderAreRejected() {
            List<RuleProblem> problems = problemsOf(routing(
                    rule("ROUTE-020 Second", "language == \"fr\"", "assignment.assignToTeam(\"French\");"),
                    rule("ROUTE-010 First", "language == \"de\"", "assignment.assignToTeam(\"German\");")));

            assertEquals(1, problems.size(), problems.toString());
            assertEquals(11, problems.get(0).line());
            assertTrue(problems.get(0).message().startsWith("ROUTE-010 comes after ROUTE-020"));
        }

        @Test
        void aRuleInsideABlockCommentIsNotARule() {
            assertTrue(problemsOf(routing("/*\nrule \"no id here\"\n*/\n",
                    rule("ROUTE-010 One", "language == \"fr\"", "assignment.assignToTeam(\"French\");"))).isEmpty());
        }
    }

    @Nested
    class Files {

        @Test
        void aSetWithoutAnExpectedFileIsRejected() {
            List<RuleFile> files = new ArrayList<>(PackagedRules.load(CLASS_LOADER).files());
            files.removeIf(file -> file.path().equals("greeting/10-greeting.drl"));

            List<RuleProblem> problems = RuleSetStructure.check(RuleSet.of(files, RuleSet.DRAFT)).problems();
            assertEquals(List.of(new RuleProblem("greeting/10-greeting.drl", 0, 0, "expected file is missing")), problems);
        }

        @Test
        void aFileOutsideTheRulesFolderIsRejected() {
            List<RuleFile> files = new ArrayList<>(PackagedRules.load(CLASS_LOADER).files());
            files.add(new RuleFile("assignment/../../etc/evil.drl", "package io.livedesk.rules.assignment;"));

            List<RuleProblem> problems = RuleSetStructure.check(RuleSet.of(files, RuleSet.DRAFT)).problems();
            assertEquals(List.of(new RuleProblem("assignment/../../etc/evil.drl", 0, 0,
                    "a rule file must stay inside the rules folder")), problems);
        }

        @Test
        void aFileThatDoesNotCompileIsRejectedWithFileLineAndColumn() {
            String broken = routing("rule \"ROUTE-010 Broken\"\nwhen\n    Conversation( language == \"fr\"\nthen\n"
                    + "    assignment.assignToTeam(\"French\");\nend\n");
            RuleSetCompiler.Outcome outcome = new RuleSetCompiler(CLASS_LOADER, Clock.systemUTC())
                    .compile(RuleSet.of(packagedWithRouting(broken), RuleSet.DRAFT));

            assertFalse(outcome.succeeded());
            RuleProblem problem = outcome.problems().get(0);
            assertEquals(ROUTING, problem.file());
            assertTrue(problem.line() >= 6 && problem.line() <= 8, problem.toString());
            assertTrue(problem.column() > 0, problem.toString());
        }

        @Test
        void aRuleTestingAFieldThatDoesNotExistIsRejected() {
            RuleSetCompiler.Outcome outcome = new RuleSetCompiler(CLASS_LOADER, Clock.systemUTC())
                    .compile(RuleSet.of(packagedWithRouting(routing(rule("ROUTE-010 Typo", "langauge == \"fr\"",
                            "assignment.assignToTeam(\"French\");"))), RuleSet.DRAFT));

            assertFalse(outcome.succeeded());
            assertEquals(ROUTING, outcome.problems().get(0).file(), outcome.problems().toString());
        }
    }
}
