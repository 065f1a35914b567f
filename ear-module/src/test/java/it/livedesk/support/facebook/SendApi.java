package it.livedesk.support.facebook;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The Send API ({@code POST /{page-id}/messages}, {@code /me/messages}; REFERENCE §8): JSON or form bodies, the
 * request rules (recipient, messaging type and tag, 2000 characters, text xor attachment, sender actions alone) and
 * Messenger's windows: 24 hours after the customer's last action, 7 days for {@code MESSAGE_TAG} + {@code HUMAN_AGENT}.
 * The customer's last action is what the fake's webhook sender last delivered for them.
 */
final class SendApi {

    static final Duration STANDARD_WINDOW = Duration.ofHours(24);
    static final Duration HUMAN_AGENT_WINDOW = Duration.ofDays(7);
    static final int MAX_TEXT = 2000;

    private static final Set<String> MESSAGING_TYPES = Set.of("RESPONSE", "UPDATE", "MESSAGE_TAG");
    private static final Set<String> RETIRED_TAGS = Set.of("CONFIRMED_EVENT_UPDATE", "ACCOUNT_UPDATE",
            "POST_PURCHASE_UPDATE");
    private static final Set<String> SENDER_ACTIONS = Set.of("typing_on", "typing_off", "mark_seen", "react",
            "unreact");
    private static final Set<String> ATTACHMENT_TYPES = Set.of("image", "audio", "video", "file", "template");
    /** Request members recorded with a send; the token and proof are left out. */
    private static final List<String> RECORDED = List.of("recipient", "messaging_type", "tag", "message",
            "sender_action", "payload", "notification_type", "persona_id", "reply_to");

    private final FakeFacebook fake;

    SendApi(FakeFacebook fake) {
        this.fake = fake;
    }

    GraphResponse send(GraphRequest request, IssuedToken token, FakePage pathPage) {
        FakePage page = AccessTokens.requirePageToken(token, pathPage);
        if (!token.scopes().contains("pages_messaging")) {
            throw new GraphFailure(GraphError.fixture("graph-error-230-requires-pages-messaging.json"));
        }
        FakeCustomer customer = recipient(request, page);
        JsonObject recorded = recorded(request);
        String senderAction = request.parameter("sender_action");
        if (senderAction != null) {
            return senderAction(request, page, customer, recorded, senderAction);
        }
        JsonValue message = request.jsonParameter("message");
        if (!(message instanceof JsonObject body)) {
            throw invalid(message == null ? "(#100) Must send either message or sender action"
                    : "(#100) Param message must be a JSON object");
        }
        Duration window = window(request);
        checkMessage(body);
        checkWindow(customer, window);
        String messageId = RandomIds.messageId();
        SentMessage sent = new SentMessage(page, customer.psid(), recorded, messageId, Instant.now());
        fake.world().recordSend(sent);
        JsonObjectBuilder answer = Json.createObjectBuilder().add("recipient_id", customer.psid())
                .add("message_id", messageId);
        JsonObject attachment = body.getJsonObject("attachment");
        if (attachment != null && attachment.getJsonObject("payload") != null
                && attachment.getJsonObject("payload").getBoolean("is_reusable", false)) {
            answer.add("attachment_id", fake.world().addUploadedAttachment());
        }
        fake.afterSend(sent);
        return GraphResponse.json(answer.build());
    }

    private GraphResponse senderAction(GraphRequest request, FakePage page, FakeCustomer customer, JsonObject recorded,
            String action) {
        if (request.has("message")) {
            throw invalid("(#100) Only one of message and sender_action may be set");
        }
        if (!SENDER_ACTIONS.contains(action)) {
            throw invalid("(#100) Param sender_action must be one of {TYPING_ON, TYPING_OFF, MARK_SEEN, REACT, UNREACT}"
                    + " - got \"" + action + "\"");
        }
        checkWindow(customer, STANDARD_WINDOW);
        fake.world().recordSend(new SentMessage(page, customer.psid(), recorded, null, Instant.now()));
        return GraphResponse.json(Json.createObjectBuilder().add("recipient_id", customer.psid()).build());
    }

    private FakeCustomer recipient(GraphRequest request, FakePage page) {
        JsonValue recipient = request.jsonParameter("recipient");
        if (recipient == null) {
            throw new GraphFailure(GraphError.fixture("graph-error-100-invalid-parameter.json"));
        }
        JsonValue id = recipient instanceof JsonObject object ? object.get("id") : null;
        if (id == null) {
            throw invalid("(#100) Param recipient[id] must be a valid ID string (e.g., \"123\")");
        }
        String psid = id instanceof JsonString text ? text.getString() : id.toString();
        return fake.world().customer(psid).filter(customer -> customer.page().id().equals(page.id()))
                .orElseThrow(() -> new GraphFailure(GraphError.fixture("graph-error-100-2018001-no-matching-user.json")));
    }

    /** How long after the customer's last action this send may go out, from messaging_type and tag. */
    private static Duration window(GraphRequest request) {
        String type = request.parameter("messaging_type");
        if (type == null) {
            throw invalid("(#100) The parameter messaging_type is required");
        }
        if (!MESSAGING_TYPES.contains(type)) {
            throw invalid("(#100) Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG} - got \"" + type + "\"");
        }
        if (!type.equals("MESSAGE_TAG")) {
            return STANDARD_WINDOW;
        }
        String tag = request.parameter("tag");
        if (tag == null) {
            throw invalid("(#100) The parameter tag is required when messaging_type is MESSAGE_TAG");
        }
        if (RETIRED_TAGS.contains(tag)) {
            throw invalid("(#100) Tag " + tag + " is no longer supported. Use a supported tag such as HUMAN_AGENT.");
        }
        if (!tag.equals("HUMAN_AGENT")) {
            throw invalid("(#100) Param tag must be one of {HUMAN_AGENT} - got \"" + tag + "\"");
        }
        return HUMAN_AGENT_WINDOW;
    }

    private void checkMessage(JsonObject message) {
        boolean hasText = message.containsKey("text");
        boolean hasAttachment = message.containsKey("attachment");
        if (hasText == hasAttachment) {
            throw invalid(hasText ? "(#100) Only one of message[text] and message[attachment] may be set"
                    : "(#100) Param message must contain text or attachment");
        }
        if (hasText) {
            if (!(message.get("text") instanceof JsonString text) || text.getString().isEmpty()) {
                throw invalid("(#100) Param message[text] must be a non-empty UTF-8 encoded string");
            }
            String value = text.getString();
            if (value.codePointCount(0, value.length()) > MAX_TEXT) {
                throw invalid("(#100) Length of param message[text] must be less than or equal to " + MAX_TEXT);
            }
        } else {
            checkAttachment(message.get("attachment"));
        }
        if (message.get("metadata") instanceof JsonString metadata && metadata.getString().length() > 1000) {
            throw invalid("(#100) Length of param message[metadata] must be less than or equal to 1000");
        }
        if (message.get("quick_replies") instanceof JsonArray replies && replies.size() > 13) {
            throw invalid("(#100) param message[quick_replies] must have at most 13 items");
        }
    }

    private void checkAttachment(JsonValue value) {
        if (!(value instanceof JsonObject attachment) || !ATTACHMENT_TYPES.contains(attachment.getString("type", ""))) {
            throw invalid("(#100) Param message[attachment][type] must be one of {image, audio, video, file, template}");
        }
        JsonObject payload = attachment.getJsonObject("payload");
        if (payload == null) {
            throw invalid("(#100) The parameter message[attachment][payload] is required");
        }
        if (payload.containsKey("attachment_id")) {
            String id = payload.get("attachment_id") instanceof JsonString s ? s.getString()
                    : payload.get("attachment_id").toString();
            if (!fake.world().knowsAttachment(id)) {
                throw invalid("(#100) Attachment " + id + " does not exist or has expired");
            }
        } else if (!attachment.getString("type").equals("template") && !payload.containsKey("url")) {
            throw invalid("(#100) Param message[attachment][payload][url] is required");
        }
    }

    private void checkWindow(FakeCustomer customer, Duration window) {
        Instant last = fake.world().lastInbound(customer.psid()).orElse(null);
        if (last == null || Duration.between(last, Instant.now()).compareTo(window) > 0) {
            throw new GraphFailure(GraphError.fixture("graph-error-10-2018278-outside-window.json"));
        }
    }

    private static JsonObject recorded(GraphRequest request) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (String name : RECORDED) {
            JsonValue value = request.jsonParameter(name);
            if (value != null) {
                json.add(name, value);
            }
        }
        return json.build();
    }

    private static GraphFailure invalid(String message) {
        return new GraphFailure(GraphError.of(100, null, message));
    }
}
