package io.livedesk.infrastructure.facebook;

import io.livedesk.domain.message.AttachmentKind;
import io.livedesk.infrastructure.facebook.MessengerEvent.Attachment;
import io.livedesk.infrastructure.facebook.MessengerEvent.CustomerMessage;
import io.livedesk.infrastructure.facebook.MessengerEvent.Delivery;
import io.livedesk.infrastructure.facebook.MessengerEvent.Edit;
import io.livedesk.infrastructure.facebook.MessengerEvent.PageEcho;
import io.livedesk.infrastructure.facebook.MessengerEvent.Postback;
import io.livedesk.infrastructure.facebook.MessengerEvent.Reaction;
import io.livedesk.infrastructure.facebook.MessengerEvent.Read;
import io.livedesk.infrastructure.facebook.MessengerEvent.Referral;
import io.livedesk.infrastructure.facebook.MessengerEvent.Unhandled;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a Messenger webhook body: every entry, and in each both {@code messaging[]} and {@code standby[]}
 * (Facebook may batch several events in either). A body that is not the JSON Facebook sends is rejected with
 * a reason; an event of a kind LiveDesk does not know is returned as {@link Unhandled}, never an error.
 */
public final class MessengerEventParser {

    /** Looked up once: {@code Json.create...} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The keys that say what an event is, in the order Facebook documents them. */
    private static final List<String> EVENT_KINDS = List.of("message", "postback", "delivery", "read", "reaction",
            "message_edit", "referral", "optin", "pass_thread_control", "take_thread_control",
            "request_thread_control", "app_roles", "policy_enforcement", "account_linking", "response_feedback");
    private static final Set<String> ATTACHMENT_KINDS = Set.of("image", "video", "audio", "file", "sticker", "location");

    private MessengerEventParser() {
    }

    /** Thrown for a body that cannot be read as a Messenger webhook; the message says why. */
    public static final class UnreadableBody extends RuntimeException {
        UnreadableBody(String reason) {
            super(reason, null, false, false);
        }
    }

    public static List<MessengerEvent> parse(byte[] body) {
        JsonObject root;
        try (var reader = JSON.createReader(new ByteArrayInputStream(body))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new UnreadableBody("The body is not a JSON object: " + e.getMessage());
        }
        if (!"page".equals(root.getString("object", null))) {
            throw new UnreadableBody("Not a Page webhook: \"object\" is " + root.get("object"));
        }
        JsonArray entries = arrayOrEmpty(root, "entry");
        List<MessengerEvent> events = new ArrayList<>();
        for (JsonValue entryValue : entries) {
            if (entryValue.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new UnreadableBody("An entry is not an object");
            }
            JsonObject entry = entryValue.asJsonObject();
            String pageId = entry.getString("id", null);
            for (String list : List.of("messaging", "standby")) {
                for (JsonValue item : arrayOrEmpty(entry, list)) {
                    events.add(readOne(pageId, item, "standby".equals(list)));
                }
            }
        }
        return events;
    }

    /** One malformed event does not cost the others in the same body: it is kept as unhandled. */
    private static MessengerEvent readOne(String pageId, JsonValue item, boolean standby) {
        try {
            return read(pageId, item.asJsonObject(), standby);
        } catch (RuntimeException malformed) {
            return new Unhandled(pageId, "malformed");
        }
    }

    private static MessengerEvent read(String pageId, JsonObject event, boolean standby) {
        String kind = EVENT_KINDS.stream().filter(event::containsKey).findFirst().orElse("unknown");
        String senderId = idOf(event, "sender");
        Instant at = event.containsKey("timestamp")
                ? Instant.ofEpochMilli(event.getJsonNumber("timestamp").longValue()) : null;
        switch (kind) {
            case "message": {
                JsonObject message = event.getJsonObject("message");
                if (message.getBoolean("is_echo", false)) {
                    JsonValue appId = message.get("app_id");
                    return new PageEcho(pageId, idOf(event, "recipient"), message.getString("mid"),
                            appId == null || appId == JsonValue.NULL ? null : GraphClient.string(message, "app_id"),
                            message.getString("metadata", null), message.getString("text", null),
                            attachments(message), at);
                }
                return new CustomerMessage(pageId, senderId, message.getString("mid"),
                        message.getString("text", null), at, attachments(message), attributes(message), standby);
            }
            case "postback": {
                JsonObject postback = event.getJsonObject("postback");
                return new Postback(pageId, senderId, postback.getString("mid", null),
                        postback.getString("title", null), postback.getString("payload", null),
                        postback.containsKey("referral") ? postback.get("referral").toString() : null, at);
            }
            case "referral":
                return new Referral(pageId, senderId, event.get("referral").toString(), at);
            case "delivery": {
                JsonObject delivery = event.getJsonObject("delivery");
                List<String> mids = new ArrayList<>();
                for (JsonValue mid : arrayOrEmpty(delivery, "mids")) {
                    mids.add(((jakarta.json.JsonString) mid).getString());
                }
                return new Delivery(pageId, senderId, mids,
                        Instant.ofEpochMilli(delivery.getJsonNumber("watermark").longValue()));
            }
            case "read":
                return new Read(pageId, senderId,
                        Instant.ofEpochMilli(event.getJsonObject("read").getJsonNumber("watermark").longValue()));
            case "reaction": {
                JsonObject reaction = event.getJsonObject("reaction");
                return new Reaction(pageId, senderId, reaction.getString("mid"), reaction.getString("action", "react"),
                        reaction.getString("reaction", null), reaction.getString("emoji", null), at);
            }
            case "message_edit": {
                JsonObject edit = event.getJsonObject("message_edit");
                return new Edit(pageId, senderId, edit.getString("mid"), edit.getString("text", null),
                        number(edit.get("num_edit")), at);
            }
            default:
                return new Unhandled(pageId, kind);
        }
    }

    private static String idOf(JsonObject event, String party) {
        return event.get(party) instanceof JsonObject p ? p.getString("id", null) : null;
    }

    /** Facebook documents num_edit as an integer but shows it quoted: accept both. */
    private static int number(JsonValue value) {
        if (value instanceof jakarta.json.JsonNumber n) {
            return n.intValue();
        }
        if (value instanceof jakarta.json.JsonString s) {
            try {
                return Integer.parseInt(s.getString());
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }
        return 0;
    }

    private static List<Attachment> attachments(JsonObject message) {
        List<Attachment> attachments = new ArrayList<>();
        for (JsonValue value : arrayOrEmpty(message, "attachments")) {
            JsonObject attachment = value.asJsonObject();
            String type = attachment.getString("type", "fallback").toLowerCase(Locale.ROOT);
            JsonObject payload = attachment.get("payload") instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
            AttachmentKind attachmentKind = ATTACHMENT_KINDS.contains(type)
                    ? AttachmentKind.valueOf(type.toUpperCase(Locale.ROOT)) : AttachmentKind.FALLBACK;
            attachments.add(new Attachment(attachmentKind, payload.getString("url", null),
                    attachment.getString("title", payload.getString("title", null))));
        }
        return attachments;
    }

    /** What the channel adds to a message that has no column of its own, kept as JSON on the message. */
    private static String attributes(JsonObject message) {
        JsonObjectBuilder attributes = JSON.createObjectBuilder();
        boolean any = false;
        for (String key : List.of("quick_reply", "reply_to", "referral", "commands")) {
            if (message.containsKey(key)) {
                attributes.add(key, message.get(key));
                any = true;
            }
        }
        return any ? attributes.build().toString() : null;
    }

    private static JsonArray arrayOrEmpty(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
    }
}
