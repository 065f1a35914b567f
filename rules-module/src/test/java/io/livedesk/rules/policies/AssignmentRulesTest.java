package io.livedesk.rules.policies;

import static io.livedesk.rules.policies.Cases.WEDNESDAY_NIGHT;
import static io.livedesk.rules.policies.Cases.agent;
import static io.livedesk.rules.policies.Cases.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.policy.AssignmentOutcome;
import io.livedesk.application.policy.CandidateAgent;
import io.livedesk.application.policy.CandidateVerdict;
import io.livedesk.application.policy.Exclusion;
import io.livedesk.application.policy.Referral;
import io.livedesk.domain.account.Availability;
import io.livedesk.domain.assignment.AssignmentTier;
import io.livedesk.domain.conversation.Priority;
import io.livedesk.domain.inbox.AssignmentMethod;
import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.rules.TheRules;
import io.livedesk.rules.language.LanguageDetection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssignmentRulesTest {

    private static final LanguageDetection LANGUAGES = new LanguageDetection(List.of("en", "fr", "de", "es"));
    private final AssignmentDecider decider = new AssignmentDecider(LANGUAGES);

    private AssignmentOutcome decide(Cases.Case conversation) {
        return decider.decide(TheRules.packaged(), conversation.request());
    }

    @Nested
    class RoutingRules {

        @Test
        void frenchMessageGoesToTheFrenchTeamEvenWhenAnAiAgentIsOn() {
            AssignmentOutcome outcome = decide(message("Bonjour, je n'arrive pas à me connecter à mon compte depuis hier soir.")
                    .fromUnknownLocale().withAnAiAgent()
                    .candidates(agent(1, "Alice"), agent(2, "Amélie", Availability.ONLINE, true, Set.of("French"), 0, 10)));

            assertEquals(AssignmentTier.ROUTING_RULE, outcome.tier());
            assertEquals("ROUTE-030", outcome.ruleId());
            assertEquals("French", outcome.action().team());
            assertEquals(2L, outcome.assignee());
            assertFalse(outcome.aiAgent());
            assertTrue(outcome.explanation().languageNote().contains("detected"), outcome.explanation().describe());
        }

        @Test
        void theContactsLocaleTellsTheLanguageWithoutLookingAtTheMessage() {
            AssignmentOutcome outcome = decide(message("Hello, where is my parcel?").fromLocale("fr_FR")
                    .candidates(agent(2, "Amélie", Availability.ONLINE, true, Set.of("French"), 0, 10)));

            assertEquals("ROUTE-030", outcome.ruleId());
            assertEquals("Language fr from the contact's locale fr_FR", outcome.explanation().languageNote());
        }

        @Test
        void anUnhappyCustomerAskingForARefundGoesToBillingUrgentlyWithTheRefundLabel() {
            AssignmentOutcome outcome = decide(message("I want my money back!").whoLastRated(1)
                    .candidates(agent(3, "Bea", Availability.ONLINE, false, Set.of("Billing"), 1, 10)));

            assertEquals("ROUTE-010", outcome.ruleId());
            assertEquals("Billing", outcome.action().team());
            assertEquals(Priority.URGENT, outcome.action().priority());
            assertEquals(Set.of("refund"), outcome.action().labels());
            assertEquals(3L, outcome.assignee(), "a team member need not be a member of the inbox");
        }

        @Test
        void aHappyCustomerAskingForARefundIsNotSentToBilling() {
            AssignmentOutcome outcome = decide(message("I want a refund").whoLastRated(5));

            assertEquals("HUMAN-010", outcome.ruleId());
        }

        @Test
        void aCustomerFromTheSummerSaleAdGoesToSalesWithTheCampaignLabel() {
            AssignmentOutcome outcome = decide(message("Is this still available?")
                    .cameFrom(new Referral("", "ADS", "6001234567890"))
                    .candidates(agent(4, "Sam", Availability.ONLINE, true, Set.of("Sales"), 0, 10)));

            assertEquals("ROUTE-020", outcome.ruleId());
            assertEquals(Set.of("summer-sale"), outcome.action().labels());
            assertEquals(4L, outcome.assignee());
        }

        @Test
        void aReturningVipGoesToTheirAccountManagerWithHighPriority() {
            AssignmentOutcome outcome = decide(message("Hi again").fromAReturningCustomer().labelled("vip")
                    .candidates(agent(1, "Alice"), new CandidateAgent(9,
                            "camille@example.com", "Camille", Availability.ONLINE, true, Set.of(), 9, 10, 0)));

            assertEquals("ROUTE-040", outcome.ruleId());
            assertEquals("camille@example.com", outcome.action().agent());
            assertEquals(Priority.HIGH, outcome.action().priority());
            assertEquals(9L, outcome.assignee(), "the named agent, although Alice has less load");
        }

        @Test
        void aFirstTimeVipIsNotSentToTheAccountManager() {
            assertEquals("HUMAN-010", decide(message("Hi").labelled("vip")).ruleId());
        }

        @Test
        void aFrenchCustomerStaysWithTheInboxWhenThereIsNoFrenchTeam() {
            AssignmentOutcome outcome = decide(message("Bonjour, ma commande n'est pas arrivée").fromLocale("fr_FR")
                    .candidates(agent(3, "Bea", Availability.ONLINE, true, Set.of(), 0, 10)));

            assertEquals(AssignmentTier.HUMAN, outcome.tier());
            assertEquals(3L, outcome.assignee());
        }

        @Test
        void onlyTheFirstMatchingRuleApplies() {
            AssignmentOutcome outcome = decide(message("Je veux un remboursement, le site est en panne").fromLocale("fr_BE")
                    .whoLastRated(2)
                    .candidates(agent(3, "Bea", Availability.ONLINE, true, Set.of("Billing"), 0, 10),
                            agent(4, "Fleur", Availability.ONLINE, true, Set.of("French"), 0, 10)));

            assertEquals("ROUTE-010", outcome.ruleId());
            assertEquals(Set.of("refund"), outcome.action().labels(), "ROUTE-060's incident label is not applied");
            assertEquals(List.of("ROUTE-030 French-speaking customers go to the French team",
                    "ROUTE-060 Outage reports go to a human agent of the inbox, with high priority"),
                    outcome.explanation().alsoMatched());
        }

        @Test
        void anOutageReportAtNightGoesToTheOnCallTeamWhileTheOthersWait() {
            AssignmentOutcome outcome = decide(message("The site is down!").at(WEDNESDAY_NIGHT)
                    .candidates(agent(5, "Omar", Availability.ONLINE, true, Set.of("On call"), 0, 10)));

            assertEquals(AssignmentTier.ROUTING_RULE, outcome.tier());
            assertEquals("ROUTE-050", outcome.ruleId());
            assertEquals(5L, outcome.assignee());
        }

        @Test
        void anOutageReportInTheDaytimeStaysWithTheInboxAtHighPriorityAndKeepsTheAiAgentOut() {
            AssignmentOutcome outcome = decide(message("Your app is not working").withAnAiAgent());

            assertEquals("ROUTE-060", outcome.ruleId());
            assertEquals(Priority.HIGH, outcome.action().priority());
            assertFalse(outcome.aiAgent());
            assertEquals(AssignmentTier.ROUTING_RULE, outcome.tier());
        }

        @Test
        void atNightTheShopInboxsApiConversationsGoToTheAiAgent() {
            AssignmentOutcome outcome = decide(message("Do you ship to Norway?").inInbox("Shop", ChannelType.API)
                    .withAnAiAgent().alwaysOpen().at(Instant.parse("2025-06-11T23:30:00Z")));

            assertEquals("ROUTE-070", outcome.ruleId());
            assertTrue(outcome.aiAgent());
            assertNull(outcome.assignee());
        }

        @Test
        void aRuleAskingForTheAiAgentOfAnInboxWithoutOneFallsBackToAHuman() {
            AssignmentOutcome outcome = decide(message("Do you ship to Norway?").inInbox("Shop", ChannelType.API)
                    .alwaysOpen().at(Instant.parse("2025-06-11T23:30:00Z")));

            assertEquals("ROUTE-070", outcome.ruleId());
            assertFalse(outcome.aiAgent());
            assertEquals(1L, outcome.assignee());
        }
    }

    @Nested
    class TheAiAgentTier {

        @Test
        void anEnabledAiAgentTakesAConversationNoRuleClaimed() {
            AssignmentOutcome outcome = decide(message("Hello").withAnAiAgent());

            assertEquals(AssignmentTier.AI_AGENT, outcome.tier());
            assertEquals("AI-010", outcome.ruleId());
            assertTrue(outcome.aiAgent());
        }

        @Test
        void theAiAgentStillAnswersOutsideBusinessHours() {
            AssignmentOutcome outcome = decide(message("Hello").withAnAiAgent().at(WEDNESDAY_NIGHT));

            assertEquals(AssignmentTier.AI_AGENT, outcome.tier());
        }
    }

    @Nested
    class TheHumanTier {

        @Test
        void withoutAnAiAgentAHumanAgentOfTheInboxTakesIt() {
            AssignmentOutcome outcome = decide(message("Hello"));

            assertEquals(AssignmentTier.HUMAN, outcome.tier());
            assertEquals("HUMAN-010 Otherwise a human agent of the inbox takes it", outcome.ruleName());
            assertEquals(1L, outcome.assignee());
        }

        @Test
        void eachExcludedAgentIsExplainedWithTheRuleThatExcludedThem() {
            AssignmentOutcome outcome = decide(message("Hello").candidates(
                    agent(1, "Alice", Availability.ONLINE, false, Set.of(), 0, 10),
                    agent(2, "Bob", Availability.BUSY, true, Set.of(), 0, 10),
                    agent(3, "Chloe", Availability.ONLINE, true, Set.of(), 10, 10),
                    agent(4, "Dan", Availability.ONLINE, true, Set.of(), 9, 10)));

            assertEquals(4L, outcome.assignee());
            List<CandidateVerdict> verdicts = outcome.explanation().candidates();
            assertEquals(List.of(Exclusion.NOT_A_MEMBER), verdicts.get(0).exclusions());
            assertEquals(List.of("HUMAN-120"), verdicts.get(0).excludedBy());
            assertEquals(List.of(Exclusion.UNAVAILABLE), verdicts.get(1).exclusions());
            assertEquals(List.of(Exclusion.AT_CAPACITY), verdicts.get(2).exclusions());
            assertTrue(verdicts.get(3).eligible());
            assertTrue(outcome.explanation().describe().contains("Chloe excluded (at capacity by HUMAN-150)"),
                    outcome.explanation().describe());
        }

        @Test
        void whenNobodyCanTakeItTheConversationIsQueued() {
            AssignmentOutcome outcome = decide(message("Hello").candidates(
                    agent(1, "Alice", Availability.OFFLINE, true, Set.of(), 0, 10)));

            assertTrue(outcome.queued());
            assertEquals("HUMAN-010", outcome.ruleId());
            assertNull(outcome.assignee());
            assertEquals("no agent can take it now", outcome.explanation().queueReason());
        }

        @Test
        void outsideBusinessHoursTheHumansGetItWhenTheyComeIn() {
            AssignmentOutcome outcome = decide(message("Hello").at(WEDNESDAY_NIGHT));

            assertTrue(outcome.queued());
            assertTrue(outcome.explanation().queueReason().startsWith("outside business hours"));
            assertTrue(outcome.explanation().queueReason().endsWith("(HUMAN-100)"));
        }

        @Test
        void loadBasedAssignmentPrefersTheLowestShareOfCapacity() {
            AssignmentOutcome outcome = decide(message("Hello").assignedBy(AssignmentMethod.LOAD_BASED).candidates(
                    agent(1, "Alice", Availability.ONLINE, true, Set.of(), 3, 4),
                    agent(2, "Bob", Availability.ONLINE, true, Set.of(), 5, 10)));

            assertEquals(2L, outcome.assignee());
            assertTrue(outcome.explanation().tieBreak().contains("5 of 10 open"), outcome.explanation().tieBreak());
        }
    }
}
