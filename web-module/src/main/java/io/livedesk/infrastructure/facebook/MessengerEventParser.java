package io.livedesk.infrastructure.facebook;

import io.livedesk.domain.message.AttachmentKind;
import io.livedesk.infrastructure.facebook.MessengerEvent.Attachment;
import io.livedesk.infrastructure.facebook.MessengerEvent.CustomerMessage;
import io.livedesk.infrastructure.facebook.MessengerEvent.Unhandled;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
        try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
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
                    events.add(readOne(pageId, item));
                }
            }
        }
        return events;
    }

    /** One malformed event does not cost the others in the same body: it is kept as unhandled. */
    private static MessengerEvent readOne(String pageId, JsonValue item) {
        try {
            return read(pageId, item.asJsonObject());
        } catch (RuntimeException malformed) {
            return new Unhandled(pageId, "malformed");
        }
    }

    private static MessengerEvent read(String pageId, JsonObject event) {
        String kind = EVENT_KINDS.stream().filter(event::containsKey).findFirst().orElse("unknown");
        if (!"message".equals(kind)) {
            return new Unhandled(pageId, kind);
        }
        JsonObject message = event.getJsonObject("message");
        if (message.getBoolean("is_echo", false)) {
            return new Unhandled(pageId, "message_echo");
        }
        String senderId = event.getJsonObject("sender").getString("id");
        Instant sentAt = event.containsKey("timestamp")
                ? Instant.ofEpochMilli(event.getJsonNumber("timestamp").longValue()) : null;
        List<Attachment> attachments = new ArrayList<>();
        for (JsonValue value : arrayOrEmpty(message, "attachments")) {
            JsonObject attachment = value.asJsonObject();
            String type = attachment.getString("type", "fallback").toLowerCase(Locale.ROOT);
            JsonObject payload = attachment.get("payload") instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
            AttachmentKind attachmentKind = ATTACHMENT_KINDS.contains(type)
                    ? AttachmentKind.valueOf(type.toUpperCase(Locale.ROOT)) : AttachmentKind.FALLBACK;
            attachments.add(new Attachment(attachmentKind, payload.getString("url", null), attachment.getString("title",
                    payload.getString("title", null))));
        }
        return new CustomerMessage(pageId, senderId, message.getString("mid"), message.getString("text", null), sentAt,
                attachments, attributes(message));
    }

    /** What the channel adds to a message that has no column of its own, kept as JSON on the message. */
    private static String attributes(JsonObject message) {
        JsonObjectBuilder attributes = Json.createObjectBuilder();
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
