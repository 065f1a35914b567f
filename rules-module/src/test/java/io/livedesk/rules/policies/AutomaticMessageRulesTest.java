package io.livedesk.rules.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.policy.BusinessHoursOutcome;
import io.livedesk.application.policy.GreetingRequest;
import io.livedesk.application.policy.MessageDecision;
import io.livedesk.application.policy.OpeningHours;
import io.livedesk.application.policy.OutOfOfficeRequest;
import io.livedesk.application.policy.SurveyRequest;
import io.livedesk.rules.TheRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AutomaticMessageRulesTest {

    private static final Instant WEDNESDAY_NIGHT = Cases.WEDNESDAY_NIGHT;

    @Nested
    class OutOfOffice {

        private final DroolsBusinessHoursPolicy policy = new DroolsBusinessHoursPolicy(TheRules::packaged);

        private BusinessHoursOutcome customerWrites(Instant at, Instant lastSent, Instant lastAgentReply) {
            return policy.check(new OutOfOfficeRequest(42, Cases.officeHours(), true, lastSent, lastAgentReply, at));
        }

        @Test
        void aCustomerWhoWritesWhileTheInboxIsClosedIsToldSo() {
            BusinessHoursOutcome outcome = customerWrites(WEDNESDAY_NIGHT, null, null);

            assertFalse(outcome.open());
            assertTrue(outcome.outOfOffice().send());
            assertEquals("OOO-010", outcome.outOfOffice().ruleId());
        }

        @Test
        void nobodyIsToldTheInboxIsClosedWhileItIsOpen() {
            BusinessHoursOutcome outcome = customerWrites(Cases.WEDNESDAY_NOON, null, null);

            assertTrue(outcome.open());
            assertFalse(outcome.outOfOffice().send());
        }

        @Test
        void theMessageIsSentAtMostOncePerConversationPerDay() {
            Instant sentAnHourAgo = WEDNESDAY_NIGHT.minus(Duration.ofHours(1));
            MessageDecision again = customerWrites(WEDNESDAY_NIGHT, sentAnHourAgo, null).outOfOffice();

            assertFalse(again.send());
            assertEquals("OOO-020", again.ruleId());
        }

        @Test
        void theNextDayTheCustomerIsToldAgain() {
            // Sent on Tuesday 23:00 in Paris; the customer writes on Wednesday 23:00.
            Instant sentYesterday = WEDNESDAY_NIGHT.minus(Duration.ofDays(1));
            assertTrue(customerWrites(WEDNESDAY_NIGHT, sentYesterday, null).outOfOffice().send());
        }

        @Test
        void theDayIsTheInboxsLocalDayNotUtc() {
            // Wednesday 23:00 in Paris is 21:00 UTC; sent at 00:30 Paris on Thursday = still Wednesday in UTC.
            Instant thursdayHalfPastMidnight = Instant.parse("2025-06-11T22:30:00Z");
            assertTrue(customerWrites(thursdayHalfPastMidnight, WEDNESDAY_NIGHT, null).outOfOffice().send());
        }

        @Test
        void noOutOfOfficeMessageRightAfterAnAgentReplied() {
            MessageDecision decision = customerWrites(WEDNESDAY_NIGHT, null,
                    WEDNESDAY_NIGHT.minus(Duration.ofMinutes(5))).outOfOffice();

            assertFalse(decision.send());
            assertEquals("OOO-030", decision.ruleId());
            assertEquals(List.of("an agent replied less than 30 minutes ago (OOO-030)"), decision.reasons());
        }

        @Test
        void anAgentsReplyFromEarlierInTheEveningDoesNotHoldItBack() {
            assertTrue(customerWrites(WEDNESDAY_NIGHT, null, WEDNESDAY_NIGHT.minus(Duration.ofHours(2)))
                    .outOfOffice().send());
        }

        @Test
        void anInboxWithoutBusinessHoursNeverSendsIt() {
            BusinessHoursOutcome outcome = policy.check(new OutOfOfficeRequest(42, OpeningHours.ALWAYS_OPEN, true,
                    null, null, WEDNESDAY_NIGHT));
            assertTrue(outcome.open());
            assertFalse(outcome.outOfOffice().send());
        }
    }

    @Nested
    class Greeting {

        private final DroolsGreetingPolicy policy = new DroolsGreetingPolicy(TheRules::packaged);

        @Test
        void aCustomerWhoStartsANewConversationIsGreeted() {
            MessageDecision decision = policy.decide(new GreetingRequest(42, true, true, false));

            assertTrue(decision.send());
            assertEquals("GREET-010", decision.ruleId());
        }

        @Test
        void aConversationIsGreetedOnlyOnce() {
            MessageDecision decision = policy.decide(new GreetingRequest(42, true, true, true));

            assertFalse(decision.send());
            assertEquals("GREET-020", decision.ruleId());
        }

        @Test
        void aCustomerWritingAgainInTheSameConversationIsNotGreeted() {
            assertFalse(policy.decide(new GreetingRequest(42, true, false, false)).send());
        }

        @Test
        void nobodyIsGreetedWhenTheInboxHasTheGreetingOff() {
            MessageDecision decision = policy.decide(new GreetingRequest(42, false, true, false));

            assertFalse(decision.send());
            assertEquals(List.of("the inbox's greeting is switched off (GREET-030)"), decision.reasons());
        }
    }

    @Nested
    class SatisfactionSurvey {

        private final DroolsCsatPolicy policy = new DroolsCsatPolicy(TheRules::packaged);
        private final Instant resolvedAt = Instant.parse("2025-06-11T10:00:00Z");

        private MessageDecision resolvedWithTheCustomerLastWriting(Duration ago, boolean alreadySent) {
            return policy.decide(new SurveyRequest(42, true, true, alreadySent, resolvedAt.minus(ago), resolvedAt));
        }

        @Test
        void aResolvedConversationGetsASurveyWhileTheReplyWindowIsOpen() {
            MessageDecision decision = resolvedWithTheCustomerLastWriting(Duration.ofHours(23).plusMinutes(59), false);

            assertTrue(decision.send());
            assertEquals("CSAT-010", decision.ruleId());
        }

        @Test
        void noSurveyOnceTwentyFourHoursHavePassedSinceTheCustomersLastMessage() {
            MessageDecision decision = resolvedWithTheCustomerLastWriting(Duration.ofHours(24), false);

            assertFalse(decision.send());
            assertEquals("CSAT-030", decision.ruleId());
            assertTrue(decision.reasons().get(0).startsWith("the 24-hour reply window has closed"), decision.reasons().toString());
        }

        @Test
        void aConversationGetsOneSurveyOnly() {
            MessageDecision decision = resolvedWithTheCustomerLastWriting(Duration.ofMinutes(5), true);

            assertFalse(decision.send());
            assertEquals("CSAT-020", decision.ruleId());
        }

        @Test
        void noSurveyWhenTheInboxHasSurveysOffAndTheReasonIsKept() {
            MessageDecision decision = policy.decide(new SurveyRequest(42, false, true, false,
                    resolvedAt.minus(Duration.ofMinutes(5)), resolvedAt));

            assertFalse(decision.send());
            assertEquals(List.of("the inbox's survey is switched off (CSAT-040)"), decision.reasons());
        }

        @Test
        void noSurveyForAConversationThatIsNotResolved() {
            assertFalse(policy.decide(new SurveyRequest(42, true, false, false, resolvedAt, resolvedAt)).send());
        }
    }
}
