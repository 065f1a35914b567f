package io.livedesk.infrastructure.facebook;

import io.livedesk.domain.message.AttachmentKind;
import java.time.Instant;
import java.util.List;

/**
 * One item of a webhook's {@code messaging[]} or {@code standby[]} list, read into what LiveDesk needs
 * (REFERENCE §6). Kinds LiveDesk does not act on are {@link Unhandled}: kept (the body stays stored) and counted.
 * {@code customerId} is always the customer's page-scoped id, whichever way the event went.
 */
public sealed interface MessengerEvent {

    /** The Page the event belongs to (the entry's id). */
    String pageId();

    /**
     * A customer's message: text and/or attachments, perhaps a quick-reply payload or a reply to a message.
     * {@code standby} is set when it arrived while another app owned the thread.
     */
    record CustomerMessage(String pageId, String customerId, String mid, String text, Instant sentAt,
                           List<Attachment> attachments, String attributesJson, boolean standby)
            implements MessengerEvent {
    }

    record Attachment(AttachmentKind kind, String url, String title) {
    }

    /** A message the Page sent, echoed back: by LiveDesk (our app id and metadata), or typed elsewhere. */
    record PageEcho(String pageId, String customerId, String mid, String appId, String metadata, String text,
                    List<Attachment> attachments, Instant sentAt) implements MessengerEvent {
    }

    /** The customer's device got the Page's messages up to {@code watermark} (and those named in {@code mids}). */
    record Delivery(String pageId, String customerId, List<String> mids, Instant watermark)
            implements MessengerEvent {
    }

    /** The customer has seen the Page's messages up to {@code watermark}. */
    record Read(String pageId, String customerId, Instant watermark) implements MessengerEvent {
    }

    /** A button tapped ("Get Started", a postback button); {@code referralJson} when it came through a link or ad. */
    record Postback(String pageId, String customerId, String mid, String title, String payload, String referralJson,
                    Instant sentAt) implements MessengerEvent {
    }

    /** An existing thread re-opened through an m.me link, an ad or another entry point. */
    record Referral(String pageId, String customerId, String referralJson, Instant sentAt) implements MessengerEvent {
    }

    /** The customer reacted to a message ({@code action} react or unreact; unreact may name no reaction). */
    record Reaction(String pageId, String customerId, String targetMid, String action, String reaction,
                    String emoji, Instant sentAt) implements MessengerEvent {
    }

    /** The customer changed the text of one of their messages ({@code editCount} counts the edits). */
    record Edit(String pageId, String customerId, String mid, String text, int editCount, Instant sentAt)
            implements MessengerEvent {
    }

    /** Any other kind (handover, opt-in, policy enforcement, ...), by its key. */
    record Unhandled(String pageId, String kind) implements MessengerEvent {
    }
}
