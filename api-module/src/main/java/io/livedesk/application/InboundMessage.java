package io.livedesk.application;

import io.livedesk.domain.message.AttachmentKind;
import java.time.Instant;
import java.util.List;

/**
 * A customer's message as any channel delivers it, once the channel's own format is read: which inbox,
 * who (the channel's id for the customer), the channel's id for the message, and what it says.
 */
public record InboundMessage(long inboxId, String sourceId, String externalId, String content,
                             String contentAttributes, List<InboundAttachment> attachments, Instant sentAt) {

    public record InboundAttachment(AttachmentKind kind, String url, String fileName) {
    }
}
