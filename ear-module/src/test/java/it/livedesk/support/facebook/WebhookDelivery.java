package it.livedesk.support.facebook;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One POST the fake made to a webhook: the exact bytes and signatures it sent, the events inside (empty for raw
 * bytes), and what came back. {@code status} is -1 when the receiver did not answer within the timeout (Facebook
 * gives up after 5 seconds).
 */
public record WebhookDelivery(URI target, byte[] body, String signature256, String signature1,
        List<MessengerEvent> events, int status, String responseBody) {

    public WebhookDelivery {
        events = List.copyOf(events);
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    public boolean timedOut() {
        return status == -1;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.US_ASCII);
    }

    public JsonObject json() {
        return FacebookJson.parseObject(new String(body, StandardCharsets.UTF_8));
    }

    /** The message id of the (first) event that carries one: what LiveDesk should store for it. */
    public String mid() {
        return events.stream().map(MessengerEvent::mid).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new IllegalStateException("No event of this delivery carries a message id"));
    }

    @Override
    public String toString() {
        return "POST " + target + " -> " + (timedOut() ? "timeout" : status) + " " + bodyText();
    }
}
