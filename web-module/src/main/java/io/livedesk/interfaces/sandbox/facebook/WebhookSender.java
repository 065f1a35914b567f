package io.livedesk.interfaces.sandbox.facebook;

import io.livedesk.infrastructure.facebook.FacebookSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends webhooks to LiveDesk the way Facebook does: only for fields the Page is subscribed to, signed with the
 * app secret, as a POST with a 5-second timeout, retried a few times right away when it fails, and never on the
 * thread of the request that caused it. Deliveries leave one at a time in the order they happened, so an echo
 * never overtakes the message it follows.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final List<Duration> RETRY_PAUSES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(3));

    @Resource
    ManagedExecutorService executor;

    @Inject
    FacebookSettings facebook;

    @Inject
    SandboxStore store;

    private final DeliveryLog log = new DeliveryLog();
    private final Deque<WebhookDelivery> queue = new ArrayDeque<>();
    private boolean draining;
    private HttpClient client;

    /** Queues the delivery when the Page is subscribed to its field; notes it as not sent otherwise. */
    void send(WebhookDelivery delivery) {
        boolean subscribed = store.read(state -> state.subscribedFields(delivery.pageId()).contains(delivery.field()));
        if (!subscribed) {
            note(delivery, DeliveryLog.Outcome.NOT_SUBSCRIBED,
                    "The Page is not subscribed to \"" + delivery.field() + "\", so Facebook would not send it");
            return;
        }
        synchronized (queue) {
            queue.addLast(delivery);
            if (draining) {
                return;
            }
            draining = true;
        }
        executor.execute(this::drain);
    }

    DeliveryLog log() {
        return log;
    }

    private void drain() {
        while (true) {
            WebhookDelivery next;
            synchronized (queue) {
                next = queue.pollFirst();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            deliver(next);
        }
    }

    private void deliver(WebhookDelivery delivery) {
        Optional<String> secret = facebook.appSecret();
        if (secret.isEmpty()) {
            note(delivery, DeliveryLog.Outcome.FAILED, "No app secret to sign with");
            return;
        }
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(facebook.webhookUrl()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "facebookexternalua")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        WebhookSigning.headers(body, secret.get()).forEach(request::header);
        String failure = null;
        for (int attempt = 0; attempt <= RETRY_PAUSES.size(); attempt++) {
            if (attempt > 0 && !pause(RETRY_PAUSES.get(attempt - 1))) {
                break;
            }
            try {
                HttpResponse<String> response = client().send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    note(delivery, DeliveryLog.Outcome.DELIVERED, "HTTP " + response.statusCode());
                    return;
                }
                failure = "HTTP " + response.statusCode() + " " + abbreviated(response.body());
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted";
                break;
            }
        }
        LOG.log(Level.WARNING, "The Facebook sandbox could not deliver a {0} webhook to {1}: {2}",
                new Object[] {delivery.description(), facebook.webhookUrl(), failure});
        note(delivery, DeliveryLog.Outcome.FAILED, failure);
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        }
        return client;
    }

    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void note(WebhookDelivery delivery, DeliveryLog.Outcome outcome, String detail) {
        log.add(new DeliveryLog.Entry(System.currentTimeMillis(), delivery.pageId(), delivery.description(),
                delivery.field(), outcome, detail));
    }

    private static String abbreviated(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
