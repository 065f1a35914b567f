package it.livedesk.support.facebook;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays Facebook delivering webhooks to one URL (LiveDesk's {@code /webhooks/facebook}): wraps events in
 * {@code {"object":"page","entry":[...]}}, writes them byte for byte as Facebook does ({@link FacebookJson#WEBHOOK}),
 * signs the bytes with both signatures and POSTs them, waiting at most 5 seconds like Facebook. Every customer event
 * it delivers becomes that customer's last action, which opens the Send API's reply window.
 *
 * <p>Instances are immutable; {@link #signedWith(String)}, {@link #unsigned()} and {@link #timeout(Duration)}
 * return changed copies.
 */
public final class WebhookSender {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final FakeFacebook fake;
    private final URI target;
    private final String secret;
    private final Duration timeout;

    WebhookSender(FakeFacebook fake, URI target, String secret, Duration timeout) {
        this.fake = fake;
        this.target = target;
        this.secret = secret;
        this.timeout = timeout;
    }

    /** Signs with another secret (a delivery LiveDesk must refuse). */
    public WebhookSender signedWith(String otherSecret) {
        return new WebhookSender(fake, target, otherSecret, timeout);
    }

    /** Sends no signature headers at all. */
    public WebhookSender unsigned() {
        return new WebhookSender(fake, target, null, timeout);
    }

    /** Waits this long for LiveDesk's answer instead of Facebook's 5 seconds. */
    public WebhookSender timeout(Duration otherTimeout) {
        return new WebhookSender(fake, target, secret, otherTimeout);
    }

    /** The event factory, to build events for {@link #deliver(MessengerEvent...)} and {@link #deliverBatch}. */
    public MessengerEvents events() {
        return fake.events();
    }

    // --- one event, one delivery: the everyday cases

    public WebhookDelivery customerSays(FakeCustomer customer, String text) {
        return deliver(events().text(customer, text));
    }

    public WebhookDelivery customerTapsQuickReply(FakeCustomer customer, String title, String payload) {
        return deliver(events().quickReply(customer, title, payload));
    }

    public WebhookDelivery customerRepliesTo(FakeCustomer customer, String repliedMid, String text) {
        return deliver(events().replyTo(customer, repliedMid, text));
    }

    public WebhookDelivery customerSends(FakeCustomer customer, WebhookAttachment... attachments) {
        return deliver(events().attachments(customer, null, attachments));
    }

    public WebhookDelivery customerTapsGetStarted(FakeCustomer customer, String title, String ref) {
        return deliver(events().getStarted(customer, title, ref));
    }

    public WebhookDelivery customerTapsButton(FakeCustomer customer, String title, String payload) {
        return deliver(events().postback(customer, title, payload));
    }

    public WebhookDelivery customerComesBackThroughLink(FakeCustomer customer, String ref) {
        return deliver(events().referral(customer, ref));
    }

    public WebhookDelivery customerReacts(FakeCustomer customer, String reactedMid, String reaction) {
        return deliver(events().reaction(customer, reactedMid, reaction));
    }

    public WebhookDelivery customerUnreacts(FakeCustomer customer, String reactedMid) {
        return deliver(events().unreact(customer, reactedMid));
    }

    public WebhookDelivery customerEdits(FakeCustomer customer, String editedMid, String newText, int numEdit) {
        return deliver(events().edit(customer, editedMid, newText, numEdit));
    }

    /** A message while another app owns the thread: it arrives under {@code standby[]}. */
    public WebhookDelivery customerSaysInStandby(FakeCustomer customer, String text) {
        return deliver(events().text(customer, text).inStandby());
    }

    public WebhookDelivery customerRead(FakeCustomer customer, Instant watermark) {
        return deliver(events().read(customer, watermark));
    }

    public WebhookDelivery delivered(FakeCustomer customer, Instant watermark, String... mids) {
        return deliver(events().delivery(customer, watermark, mids));
    }

    /** The echo of a message LiveDesk's app sent (as {@link FakeFacebook#autoEcho} does by itself). */
    public WebhookDelivery echo(FakeCustomer customer, String mid, String text, String metadata) {
        return deliver(events().echo(customer, mid, text, metadata));
    }

    /** A reply someone typed in Facebook's own Page inbox: an echo with another app's id and a new mid. */
    public WebhookDelivery pageRepliesOutsideLiveDesk(FakeCustomer customer, String text) {
        return deliver(events().echo(customer, RandomIds.messageId(), text, MessengerEvents.PAGE_INBOX_APP_ID, null));
    }

    // --- batches and raw bodies

    /** All events in one POST: consecutive events of the same Page share an entry, as Facebook batches them. */
    public WebhookDelivery deliver(MessengerEvent... events) {
        List<List<MessengerEvent>> entries = new ArrayList<>();
        for (MessengerEvent event : events) {
            List<MessengerEvent> last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            if (last != null && last.get(0).pageId().equals(event.pageId())) {
                last.add(event);
            } else {
                entries.add(new ArrayList<>(List.of(event)));
            }
        }
        return deliverBatch(entries);
    }

    /** One POST with exactly these entries, each holding these events (for several events per entry and so on). */
    public WebhookDelivery deliverBatch(List<List<MessengerEvent>> entries) {
        JsonArrayBuilder entryArray = Json.createArrayBuilder();
        List<MessengerEvent> all = new ArrayList<>();
        for (List<MessengerEvent> events : entries) {
            entryArray.add(entry(events));
            all.addAll(events);
        }
        JsonObject body = Json.createObjectBuilder().add("object", "page").add("entry", entryArray).build();
        all.stream().filter(MessengerEvent::fromCustomer)
                .forEach(event -> fake.world().customerActedAt(event.psid(), event.time()));
        return post(FacebookJson.WEBHOOK.bytes(body), all);
    }

    private static JsonObjectBuilder entry(List<MessengerEvent> events) {
        long latest = events.stream().mapToLong(event -> event.time().toEpochMilli()).max().orElseThrow();
        JsonArrayBuilder messaging = Json.createArrayBuilder();
        JsonArrayBuilder standby = Json.createArrayBuilder();
        boolean anyMessaging = false;
        boolean anyStandby = false;
        for (MessengerEvent event : events) {
            if (event.standby()) {
                standby.add(event.json());
                anyStandby = true;
            } else {
                messaging.add(event.json());
                anyMessaging = true;
            }
        }
        // Facebook stamps the entry a little after its newest event.
        JsonObjectBuilder entry = Json.createObjectBuilder().add("time", latest + 400)
                .add("id", events.get(0).pageId());
        if (anyMessaging) {
            entry.add("messaging", messaging);
        }
        if (anyStandby) {
            entry.add("standby", standby);
        }
        return entry;
    }

    /** These exact bytes, signed. Customer events found inside still open their reply windows. */
    public WebhookDelivery deliverBytes(byte[] body) {
        rememberCustomerActions(body);
        return post(body.clone(), List.of());
    }

    /** A {@code webhook-*.json} fixture, byte for byte. */
    public WebhookDelivery deliverFixture(String fileName) {
        return deliverBytes(Fixtures.bytes(fileName));
    }

    /** The same bytes again, as Facebook retries (LiveDesk must de-duplicate). */
    public WebhookDelivery redeliver(WebhookDelivery earlier) {
        return post(earlier.body(), earlier.events());
    }

    private WebhookDelivery post(byte[] body, List<MessengerEvent> events) {
        String signature256 = secret == null ? null : WebhookSignature.sha256(body, secret);
        String signature1 = secret == null ? null : WebhookSignature.sha1(body, secret);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout)
                .header("Content-Type", "application/json").header("User-Agent", "facebookexternalua")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            request.header("X-Hub-Signature-256", signature256).header("X-Hub-Signature", signature1);
        }
        int status;
        String answer;
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            answer = response.body();
        } catch (HttpTimeoutException e) {
            status = -1;
            answer = "";
        } catch (IOException e) {
            throw new UncheckedIOException("Webhook delivery to " + target + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        WebhookDelivery delivery = new WebhookDelivery(target, body, signature256, signature1, events, status, answer);
        fake.recordDelivery(delivery);
        return delivery;
    }

    private void rememberCustomerActions(byte[] body) {
        JsonObject json;
        try {
            json = FacebookJson.parseObject(new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException notJson) {
            return; // a broken body is the test's point; there is no customer action in it
        }
        for (JsonValue entry : json.getJsonArray("entry") == null ? List.<JsonValue>of() : json.getJsonArray("entry")) {
            for (String list : List.of("messaging", "standby")) {
                JsonValue events = entry.asJsonObject().get(list);
                if (events == null || events.getValueType() != JsonValue.ValueType.ARRAY) {
                    continue;
                }
                for (JsonValue item : events.asJsonArray()) {
                    JsonObject event = item.asJsonObject();
                    boolean echo = event.containsKey("message")
                            && event.getJsonObject("message").getBoolean("is_echo", false);
                    boolean action = List.of("message", "postback", "referral", "reaction", "message_edit").stream()
                            .anyMatch(event::containsKey);
                    if (action && !echo && event.containsKey("timestamp")) {
                        fake.world().customerActedAt(event.getJsonObject("sender").getString("id"),
                                Instant.ofEpochMilli(event.getJsonNumber("timestamp").longValue()));
                    }
                }
            }
        }
    }
}
