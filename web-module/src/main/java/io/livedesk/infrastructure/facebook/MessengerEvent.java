package io.livedesk.infrastructure.facebook;

import io.livedesk.domain.message.AttachmentKind;
import java.time.Instant;
import java.util.List;

/**
 * One item of a webhook's {@code messaging[]} or {@code standby[]} list, read into what LiveDesk needs. Only the
 * kinds LiveDesk acts on have their own type; everything else is {@link Unhandled}, kept and counted.
 */
public sealed interface MessengerEvent {

    /** The Page the event belongs to (the entry's id). */
    String pageId();

    /** A customer's message: text and/or attachments, perhaps a quick-reply payload or a reply to a message. */
    record CustomerMessage(String pageId, String senderId, String mid, String text, Instant sentAt,
                           List<Attachment> attachments, String attributesJson) implements MessengerEvent {
    }

    record Attachment(AttachmentKind kind, String url, String title) {
    }

    /** Any other kind (echo, delivery, read, postback, reaction, edit, referral, handover...), by its key. */
    record Unhandled(String pageId, String kind) implements MessengerEvent {
    }
}
