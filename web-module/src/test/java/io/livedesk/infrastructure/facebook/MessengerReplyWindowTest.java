package io.livedesk.infrastructure.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.ChannelGateway.ReplyStanding;
import io.livedesk.application.ChannelGateway.ReplyWindow;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessengerReplyWindowTest {

    private static final Instant CUSTOMER_WROTE = Instant.parse("2026-11-20T09:30:00Z");
    private final FacebookChannelGateway gateway = new FacebookChannelGateway();

    private ReplyWindow after(Duration elapsed) {
        return gateway.replyWindow(CUSTOMER_WROTE, CUSTOMER_WROTE.plus(elapsed));
    }

    @Test
    void withinADayOfTheCustomersMessageTheWindowIsOpenUntilTheDayIsOver() {
        ReplyWindow window = after(Duration.ofHours(23));
        assertEquals(ReplyStanding.OPEN, window.standing());
        assertEquals(Instant.parse("2026-11-21T09:30:00Z"), window.closesAt());
        assertTrue(window.explanation().contains("2026-11-21 09:30 UTC"), window.explanation());
    }

    @Test
    void afterADayOnlyAHumanAgentMayAnswerUntilTheSeventhDay() {
        ReplyWindow window = after(Duration.ofDays(3));
        assertEquals(ReplyStanding.HUMAN_AGENT_ONLY, window.standing());
        assertEquals(Instant.parse("2026-11-27T09:30:00Z"), window.closesAt());
        assertTrue(window.explanation().contains("HUMAN_AGENT"), window.explanation());
    }

    @Test
    void afterSevenDaysNobodyMayAnswerUntilTheCustomerWritesAgain() {
        ReplyWindow window = after(Duration.ofDays(7).plusMinutes(1));
        assertEquals(ReplyStanding.CLOSED, window.standing());
        assertNull(window.closesAt());
        assertTrue(window.explanation().contains("has to write again"), window.explanation());
    }

    @Test
    void aCustomerWhoNeverWroteCannotBeWrittenTo() {
        ReplyWindow window = gateway.replyWindow(null, CUSTOMER_WROTE);
        assertEquals(ReplyStanding.CLOSED, window.standing());
        assertNull(window.closesAt());
    }

    @Test
    void theWindowAndTheRefusalBeforeSendingAgreeAtTheBoundaries() {
        assertEquals(ReplyStanding.OPEN, after(Duration.ofHours(24)).standing());
        assertEquals(ReplyStanding.HUMAN_AGENT_ONLY, after(Duration.ofHours(24).plusSeconds(1)).standing());
        assertEquals(ReplyStanding.HUMAN_AGENT_ONLY, after(Duration.ofDays(7)).standing());
        assertEquals(ReplyStanding.CLOSED, after(Duration.ofDays(7).plusSeconds(1)).standing());
    }
}
