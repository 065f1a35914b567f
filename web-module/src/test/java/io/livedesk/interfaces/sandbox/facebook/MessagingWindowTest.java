package io.livedesk.interfaces.sandbox.facebook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MessagingWindowTest {

    private static final Instant LAST_MESSAGE = Instant.parse("2026-11-12T10:40:00Z");
    private static final Optional<Instant> WROTE = Optional.of(LAST_MESSAGE);

    @Nested
    class AStandardReply {

        @Test
        void goesThroughWithinTwentyFourHoursOfTheCustomersLastMessage() {
            assertDoesNotThrow(() -> MessagingWindow.check("RESPONSE", null, WROTE,
                    LAST_MESSAGE.plus(Duration.ofHours(24)).minusMillis(1)));
            assertDoesNotThrow(() -> MessagingWindow.check("UPDATE", null, WROTE, LAST_MESSAGE.plusSeconds(60)));
        }

        @Test
        void isRefusedWithSubcode2018278OnceTwentyFourHoursHavePassed() {
            GraphError closed = assertThrows(GraphError.class, () -> MessagingWindow.check("RESPONSE", null, WROTE,
                    LAST_MESSAGE.plus(Duration.ofHours(24))));
            assertEquals(10, closed.code());
            assertEquals(2018278, closed.subcode());
            assertEquals(400, closed.httpStatus());
        }

        @Test
        void isRefusedToACustomerWhoNeverWrote() {
            assertThrows(GraphError.class, () -> MessagingWindow.check("RESPONSE", null, Optional.empty(),
                    LAST_MESSAGE));
        }
    }

    @Nested
    class AHumanAgentReply {

        @Test
        void goesThroughForSevenDaysAfterTheCustomersLastMessage() {
            assertDoesNotThrow(() -> MessagingWindow.check("MESSAGE_TAG", "HUMAN_AGENT", WROTE,
                    LAST_MESSAGE.plus(Duration.ofDays(6))));
        }

        @Test
        void isRefusedAfterSevenDays() {
            GraphError closed = assertThrows(GraphError.class, () -> MessagingWindow.check("MESSAGE_TAG",
                    "HUMAN_AGENT", WROTE, LAST_MESSAGE.plus(Duration.ofDays(7))));
            assertEquals(2018278, closed.subcode());
        }

        @Test
        void needsTheMessageTagTypeNotJustTheTag() {
            assertThrows(GraphError.class, () -> MessagingWindow.check("RESPONSE", "HUMAN_AGENT", WROTE,
                    LAST_MESSAGE.plus(Duration.ofDays(2))));
        }
    }
}
