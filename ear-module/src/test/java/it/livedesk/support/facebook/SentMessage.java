package it.livedesk.support.facebook;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * A Send API call the fake accepted: the request as JSON (form bodies are turned into the same JSON), the Page and
 * customer it went to, when, and the message id the fake answered with ({@code null} for a sender action).
 */
public record SentMessage(FakePage page, String psid, JsonObject request, String messageId, Instant sentAt) {

    /** {@code message.text}, or {@code null} when the send carried no text. */
    public String text() {
        JsonObject message = request.getJsonObject("message");
        return message == null || !message.containsKey("text") ? null : message.getString("text");
    }

    public String messagingType() {
        return request.getString("messaging_type", null);
    }

    public String tag() {
        return request.getString("tag", null);
    }

    public String senderAction() {
        return request.getString("sender_action", null);
    }

    /** {@code message.attachment}, or {@code null}. */
    public JsonObject attachment() {
        JsonObject message = request.getJsonObject("message");
        return message == null ? null : message.getJsonObject("attachment");
    }

    /** {@code message.metadata}, or {@code null}. */
    public String metadata() {
        JsonObject message = request.getJsonObject("message");
        return message == null ? null : message.getString("metadata", null);
    }
}
