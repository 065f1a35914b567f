package it.livedesk.support.facebook;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds Messenger webhook events with the members in the order Facebook writes them (REFERENCE §6; compare the
 * {@code webhook-*.json} fixtures). Timestamps are "now" and strictly increasing, unless the factory was fixed to
 * a moment with {@link #at(Instant)} (for events that happened long ago, outside the reply window).
 */
public final class MessengerEvents {

    /** Facebook's own Page Inbox app: echoes of replies typed in Meta Business Suite carry its id. */
    public static final String PAGE_INBOX_APP_ID = "263902037430900";

    private static final AtomicLong LAST_TIMESTAMP = new AtomicLong();
    private static final Map<String, String> EMOJI = Map.of("love", "\u2764\ufe0f", "like", "\ud83d\udc4d",
            "smile", "\ud83d\ude06", "wow", "\ud83d\ude2e", "sad", "\ud83d\ude22", "angry", "\ud83d\ude20",
            "dislike", "\ud83d\udc4e");

    private final String appId;
    private final Instant fixedTime;

    MessengerEvents(String appId, Instant fixedTime) {
        this.appId = appId;
        this.fixedTime = fixedTime;
    }

    /** The same factory, but every event it builds happened at {@code time}. */
    public MessengerEvents at(Instant time) {
        return new MessengerEvents(appId, time);
    }

    private Instant now() {
        if (fixedTime != null) {
            return fixedTime;
        }
        long millis = LAST_TIMESTAMP.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
        return Instant.ofEpochMilli(millis);
    }

    // --- what the customer does

    public MessengerEvent text(FakeCustomer customer, String text) {
        String mid = RandomIds.messageId();
        return fromCustomer(customer, "message", Json.createObjectBuilder().add("mid", mid).add("text", text), mid);
    }

    /** A tap on a quick reply: {@code text} is the button's title. */
    public MessengerEvent quickReply(FakeCustomer customer, String title, String payload) {
        String mid = RandomIds.messageId();
        return fromCustomer(customer, "message", Json.createObjectBuilder().add("mid", mid).add("text", title)
                .add("quick_reply", Json.createObjectBuilder().add("payload", payload)), mid);
    }

    /** A reply to one earlier message (the agent's, usually). */
    public MessengerEvent replyTo(FakeCustomer customer, String repliedMid, String text) {
        String mid = RandomIds.messageId();
        return fromCustomer(customer, "message", Json.createObjectBuilder().add("mid", mid).add("text", text)
                .add("reply_to", Json.createObjectBuilder().add("mid", repliedMid).add("is_self_reply", false)), mid);
    }

    /** Attachments, with an optional text (null for none; link shares have one). */
    public MessengerEvent attachments(FakeCustomer customer, String text, WebhookAttachment... attachments) {
        String mid = RandomIds.messageId();
        JsonObjectBuilder message = Json.createObjectBuilder().add("mid", mid);
        if (text != null) {
            message.add("text", text);
        }
        message.add("attachments", attachmentArray(attachments));
        return fromCustomer(customer, "message", message, mid);
    }

    /** "Get Started" on a new thread, opened through an m.me link with {@code ref} (null for none). */
    public MessengerEvent getStarted(FakeCustomer customer, String title, String ref) {
        String mid = RandomIds.messageId();
        JsonObjectBuilder postback = Json.createObjectBuilder().add("title", title).add("payload", "GET_STARTED")
                .add("mid", mid);
        if (ref != null) {
            postback.add("referral", Json.createObjectBuilder().add("ref", ref).add("source", "SHORTLINK")
                    .add("type", "OPEN_THREAD"));
        }
        return fromCustomer(customer, "postback", postback, mid);
    }

    /** A tap on a postback button of a template. */
    public MessengerEvent postback(FakeCustomer customer, String title, String payload) {
        String mid = RandomIds.messageId();
        return fromCustomer(customer, "postback", Json.createObjectBuilder().add("title", title)
                .add("payload", payload).add("mid", mid), mid);
    }

    /** An existing thread re-opened through an m.me link ({@code source: SHORTLINK}). */
    public MessengerEvent referral(FakeCustomer customer, String ref) {
        return fromCustomer(customer, "referral", Json.createObjectBuilder().add("ref", ref).add("source", "SHORTLINK")
                .add("type", "OPEN_THREAD"), null);
    }

    /** An existing thread re-opened from a click-to-Messenger ad. */
    public MessengerEvent adReferral(FakeCustomer customer, String ref, String adId, String adTitle) {
        return fromCustomer(customer, "referral", Json.createObjectBuilder().add("ref", ref).add("ad_id", adId)
                .add("source", "ADS").add("type", "OPEN_THREAD")
                .add("ads_context_data", Json.createObjectBuilder().add("ad_title", adTitle)), null);
    }

    /** A reaction: love, like, smile, wow, sad, angry, dislike (with their emoji), or any other emoji as "other". */
    public MessengerEvent reaction(FakeCustomer customer, String reactedMid, String reactionOrEmoji) {
        String emoji = EMOJI.get(reactionOrEmoji);
        String reaction = emoji == null ? "other" : reactionOrEmoji;
        return fromCustomer(customer, "reaction", Json.createObjectBuilder().add("reaction", reaction)
                .add("emoji", emoji == null ? reactionOrEmoji : emoji).add("action", "react").add("mid", reactedMid),
                null);
    }

    /** Taking a reaction back: no reaction or emoji, as observed (REFERENCE §6.7). */
    public MessengerEvent unreact(FakeCustomer customer, String reactedMid) {
        return fromCustomer(customer, "reaction", Json.createObjectBuilder().add("action", "unreact")
                .add("mid", reactedMid), null);
    }

    public MessengerEvent edit(FakeCustomer customer, String editedMid, String newText, int numEdit) {
        return fromCustomer(customer, "message_edit", Json.createObjectBuilder().add("mid", editedMid)
                .add("text", newText).add("num_edit", numEdit), editedMid);
    }

    // --- what the Page and Messenger report

    /** The echo of a message the Page sent; {@code appId} is the sending app's (LiveDesk's, or the Page Inbox's). */
    public MessengerEvent echo(FakeCustomer customer, String mid, String text, String appId, String metadata) {
        JsonObjectBuilder message = echoStart(appId, metadata).add("mid", mid).add("text", text);
        return fromPage(customer, message, mid);
    }

    /** The echo of an attachment the Page sent. */
    public MessengerEvent echoAttachment(FakeCustomer customer, String mid, String type, String url, String appId,
            String metadata) {
        JsonObjectBuilder message = echoStart(appId, metadata).add("mid", mid).add("attachments",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", type)
                        .add("payload", Json.createObjectBuilder().add("url", url))));
        return fromPage(customer, message, mid);
    }

    /** The echo of what LiveDesk's app sent. */
    public MessengerEvent echo(FakeCustomer customer, String mid, String text, String metadata) {
        return echo(customer, mid, text, appId, metadata);
    }

    /** Everything sent before {@code watermark} reached the customer's device. No timestamp, like Meta's sample. */
    public MessengerEvent delivery(FakeCustomer customer, Instant watermark, String... mids) {
        JsonObjectBuilder delivery = Json.createObjectBuilder();
        if (mids.length > 0) {
            delivery.add("mids", Json.createArrayBuilder(java.util.List.of(mids)));
        }
        delivery.add("watermark", watermark.toEpochMilli());
        JsonObject json = Json.createObjectBuilder().add("sender", id(customer.psid()))
                .add("recipient", id(customer.page().id())).add("delivery", delivery).build();
        return new MessengerEvent(customer.page().id(), customer.psid(), json, false, false, now(), null);
    }

    /** The customer read everything sent up to {@code watermark}. */
    public MessengerEvent read(FakeCustomer customer, Instant watermark) {
        return event(customer, "read", Json.createObjectBuilder().add("watermark", watermark.toEpochMilli()), false,
                null);
    }

    /** Another app passed the thread to {@code newOwnerAppId}. */
    public MessengerEvent passThreadControl(FakeCustomer customer, String previousOwnerAppId, String newOwnerAppId,
            String metadata) {
        return event(customer, "pass_thread_control", Json.createObjectBuilder()
                .add("previous_owner_app_id", previousOwnerAppId).add("new_owner_app_id", newOwnerAppId)
                .add("metadata", metadata), false, null);
    }

    private JsonObjectBuilder echoStart(String sendingAppId, String metadata) {
        // app_id is a number in echoes (REFERENCE §6.2), unlike every other id.
        JsonNumber number = Json.createValue(new BigInteger(sendingAppId));
        JsonObjectBuilder message = Json.createObjectBuilder().add("is_echo", true).add("app_id", number);
        if (metadata != null) {
            message.add("metadata", metadata);
        }
        return message;
    }

    private MessengerEvent fromPage(FakeCustomer customer, JsonObjectBuilder message, String mid) {
        Instant time = now();
        JsonObject json = Json.createObjectBuilder().add("sender", id(customer.page().id()))
                .add("recipient", id(customer.psid())).add("timestamp", time.toEpochMilli()).add("message", message)
                .build();
        return new MessengerEvent(customer.page().id(), customer.psid(), json, false, false, time, mid);
    }

    private MessengerEvent fromCustomer(FakeCustomer customer, String key, JsonObjectBuilder body, String mid) {
        return event(customer, key, body, true, mid);
    }

    private MessengerEvent event(FakeCustomer customer, String key, JsonObjectBuilder body, boolean fromCustomer,
            String mid) {
        Instant time = now();
        JsonObject json = Json.createObjectBuilder().add("sender", id(customer.psid()))
                .add("recipient", id(customer.page().id())).add("timestamp", time.toEpochMilli()).add(key, body)
                .build();
        return new MessengerEvent(customer.page().id(), customer.psid(), json, false, fromCustomer, time, mid);
    }

    private static JsonArrayBuilder attachmentArray(WebhookAttachment... attachments) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (WebhookAttachment attachment : attachments) {
            JsonObjectBuilder payload = Json.createObjectBuilder().add("url", attachment.url());
            if (attachment.title() != null) {
                payload.add("title", attachment.title());
            }
            if (attachment.stickerId() != null) {
                payload.add("sticker_id", attachment.stickerId());
            }
            array.add(Json.createObjectBuilder().add("type", attachment.type()).add("payload", payload));
        }
        return array;
    }

    private static JsonObjectBuilder id(String id) {
        return Json.createObjectBuilder().add("id", id);
    }
}
