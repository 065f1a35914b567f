package io.livedesk.interfaces.sandbox.facebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The webhook bodies Facebook sends about a Messenger thread, member for member in Facebook's order:
 * {@code {"object":"page","entry":[{"time","id","messaging":[event]}]}} with one event per body, as Facebook
 * mostly sends them. Times are epoch milliseconds.
 */
final class WebhookBodies {

    /** What a Get Started tap carries when the thread was opened from a link. */
    static final String GET_STARTED_PAYLOAD = "GET_STARTED";
    static final String GET_STARTED_TITLE = "Get Started";
    static final String REFERRAL_REF = "livedesk-sandbox";

    private WebhookBodies() {
    }

    /** A customer's text or image ({@code messages}). */
    static WebhookDelivery customerMessage(String pageId, ThreadMessage message, long now) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("mid", message.mid());
        content(message, inner);
        Map<String, Object> event = event(message.psid(), pageId, message.timestamp());
        event.put("message", inner);
        return delivery(pageId, "messages", message.attachmentType() == null ? "message" : "image", event, now);
    }

    /** A tap on Get Started ({@code messaging_postbacks}), with the referral of the link that opened the thread. */
    static WebhookDelivery postback(String pageId, ThreadMessage message, long now) {
        Map<String, Object> referral = new LinkedHashMap<>();
        referral.put("ref", REFERRAL_REF);
        referral.put("source", "SHORTLINK");
        referral.put("type", "OPEN_THREAD");
        Map<String, Object> postback = new LinkedHashMap<>();
        postback.put("title", message.text());
        postback.put("payload", message.postbackPayload());
        postback.put("mid", message.mid());
        postback.put("referral", referral);
        Map<String, Object> event = event(message.psid(), pageId, message.timestamp());
        event.put("postback", postback);
        return delivery(pageId, "messaging_postbacks", "postback", event, now);
    }

    /** The echo of a message the Page sent ({@code message_echoes}): sender and recipient swapped, same mid. */
    static WebhookDelivery echo(String pageId, ThreadMessage message, long appId, long now) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("is_echo", true);
        inner.put("app_id", appId);
        if (message.metadata() != null) {
            inner.put("metadata", message.metadata());
        }
        inner.put("mid", message.mid());
        content(message, inner);
        Map<String, Object> event = event(pageId, message.psid(), message.timestamp());
        event.put("message", inner);
        return delivery(pageId, "message_echoes", "echo", event, now);
    }

    /** The customer's device got the Page's message ({@code message_deliveries}); no timestamp, as Facebook's. */
    static WebhookDelivery delivered(String pageId, ThreadMessage message, long now) {
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("mids", List.of(message.mid()));
        delivery.put("watermark", message.timestamp());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("sender", Map.of("id", message.psid()));
        event.put("recipient", Map.of("id", pageId));
        event.put("delivery", delivery);
        return delivery(pageId, "message_deliveries", "delivery", event, now);
    }

    /** The customer saw everything the Page sent up to the watermark ({@code message_reads}). */
    static WebhookDelivery read(String pageId, String psid, long watermark, long now) {
        Map<String, Object> event = event(psid, pageId, now);
        event.put("read", Map.of("watermark", watermark));
        return delivery(pageId, "message_reads", "read", event, now);
    }

    private static void content(ThreadMessage message, Map<String, Object> inner) {
        if (message.attachmentType() != null) {
            Map<String, Object> attachment = new LinkedHashMap<>();
            attachment.put("type", message.attachmentType());
            attachment.put("payload", Map.of("url", message.attachmentUrl()));
            inner.put("attachments", List.of(attachment));
        } else {
            inner.put("text", message.text());
        }
    }

    private static Map<String, Object> event(String senderId, String recipientId, long timestamp) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("sender", Map.of("id", senderId));
        event.put("recipient", Map.of("id", recipientId));
        event.put("timestamp", timestamp);
        return event;
    }

    private static WebhookDelivery delivery(String pageId, String field, String description,
                                            Map<String, Object> event, long now) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("time", now);
        entry.put("id", pageId);
        entry.put("messaging", List.of(event));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("object", "page");
        body.put("entry", List.of(entry));
        return new WebhookDelivery(pageId, field, description, FacebookJson.webhook(body));
    }
}
