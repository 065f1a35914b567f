package io.livedesk.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livedesk.domain.contact.Contact;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.inbox.Inbox;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageTest {

    private final Instant at = Instant.parse("2026-11-12T10:40:00Z");
    private final Conversation conversation = new Conversation(new Inbox("Support", ChannelType.API, at),
            new Contact(null, at), at);

    @Test
    void aReplyStartsQueuedAndMovesForwardAsTheChannelReports() {
        Message reply = Message.system(conversation, "Hello", at);
        assertEquals(DeliveryStatus.QUEUED, reply.getDeliveryStatus());
        reply.sent("m_1", at);
        reply.delivered(at);
        reply.read(at);
        assertEquals(DeliveryStatus.READ, reply.getDeliveryStatus());
        assertEquals("m_1", reply.getExternalId());
    }

    @Test
    void aDeliveryReportArrivingAfterTheReadReportDoesNotUndoIt() {
        Message reply = Message.system(conversation, "Hello", at);
        reply.sent("m_1", at);
        reply.read(at);
        reply.delivered(at);
        assertEquals(DeliveryStatus.READ, reply.getDeliveryStatus());
    }

    @Test
    void aFailedMessageKeepsTheChannelsCodeAndAReason() {
        Message reply = Message.system(conversation, "Hello", at);
        reply.failed(10, "The 24-hour reply window has closed.", at);
        assertEquals(DeliveryStatus.FAILED, reply.getDeliveryStatus());
        assertEquals(10, reply.getFailureCode());
    }
}
