package io.livedesk.application;

import io.livedesk.domain.message.AttachmentKind;
import java.time.Instant;
import java.util.List;

/**
 * A message as a channel delivers it, once the channel's own format is read: which inbox, which customer (the
 * channel's id for them), the channel's id for the message, and what it says. Usually the customer wrote it;
 * a channel also reports what the business wrote with the platform's own tools (Facebook's Page inbox).
 */
public record InboundMessage(long inboxId, String sourceId, String externalId, String content,
                             String contentAttributes, List<InboundAttachment> attachments, Instant sentAt,
                             Author author) {

    public enum Author {
        CUSTOMER,
        /** Someone of the business answered outside LiveDesk, in the channel's own tool: already sent. */
        BUSINESS_OUTSIDE_LIVEDESK
    }

    /** A customer's message. */
    public InboundMessage(long inboxId, String sourceId, String externalId, String content, String contentAttributes,
                          List<InboundAttachment> attachments, Instant sentAt) {
        this(inboxId, sourceId, externalId, content, contentAttributes, attachments, sentAt, Author.CUSTOMER);
    }

    public record InboundAttachment(AttachmentKind kind, String url, String fileName) {
    }
}
