package io.livedesk.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.domain.contact.Contact;
import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.inbox.Inbox;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private final Instant start = Instant.parse("2026-11-12T10:40:00Z");
    private final Conversation conversation = new Conversation(new Inbox("Support", ChannelType.API, start),
            new Contact(null, start), start);

    @Nested
    class WhenTheCustomerWrites {

        @Test
        void aPendingConversationComesBackToTheTeam() {
            conversation.markPending(start.plusSeconds(60));
            conversation.customerWrote("Any news?", start.plusSeconds(120));
            assertEquals(ConversationStatus.OPEN, conversation.getStatus());
        }

        @Test
        void aSnoozedConversationWakesUpAndForgetsItsAlarm() {
            conversation.snoozeUntil(start.plusSeconds(86_400), start.plusSeconds(60));
            conversation.customerWrote("Hello?", start.plusSeconds(120));
            assertEquals(ConversationStatus.OPEN, conversation.getStatus());
            assertNull(conversation.getSnoozedUntil());
        }

        @Test
        void theReplyWindowIsCountedFromTheCustomersLastMessage() {
            conversation.customerWrote("Hi", start.plusSeconds(30));
            conversation.businessWrote("Hello!", start.plusSeconds(90));
            assertEquals(start.plusSeconds(30), conversation.getLastCustomerMessageAt());
            assertEquals(start.plusSeconds(90), conversation.getLastActivityAt());
        }

        @Test
        void aLongMessageIsShortenedForTheListPreview() {
            conversation.customerWrote("x".repeat(1_000), start.plusSeconds(1));
            assertEquals(280, conversation.getLastMessagePreview().length());
            assertTrue(conversation.getLastMessagePreview().endsWith("…"));
        }

        @Test
        void aLateDeliveryDoesNotMoveTheLastActivityBackwards() {
            conversation.customerWrote("second", start.plusSeconds(100));
            conversation.customerWrote("first, delivered late", start.plusSeconds(50));
            assertEquals(start.plusSeconds(100), conversation.getLastActivityAt());
        }

        @Test
        void aLateDeliveryNeitherBecomesThePreviewNorMovesTheReplyWindowBack() {
            conversation.customerWrote("second", start.plusSeconds(100));
            conversation.customerWrote("first, delivered late", start.plusSeconds(50));
            assertEquals("second", conversation.getLastMessagePreview());
            assertEquals(start.plusSeconds(100), conversation.getLastCustomerMessageAt());
        }
    }

    @Nested
    class Resolving {

        @Test
        void resolvingRecordsWhenAndReopeningForgetsIt() {
            conversation.resolve(start.plusSeconds(10));
            assertEquals(start.plusSeconds(10), conversation.getResolvedAt());
            assertTrue(!conversation.getStatus().isActive());
            conversation.open(start.plusSeconds(20));
            assertNull(conversation.getResolvedAt());
            assertEquals(ConversationStatus.OPEN, conversation.getStatus());
        }
    }
}
