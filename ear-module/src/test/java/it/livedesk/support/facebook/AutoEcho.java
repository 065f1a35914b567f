package it.livedesk.support.facebook;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What Facebook does after a successful send (REFERENCE §6.2–6.4, §12.10): shortly after the Send API answered, it
 * delivers the {@code message_echoes} event (same mid, the app id as a number, the metadata) and, when asked, the
 * customer's device reports delivery and then reading. As with Facebook, each only goes out when the Page is
 * subscribed to its field ({@code message_echoes}, {@code message_deliveries}, {@code message_reads}).
 */
final class AutoEcho {

    /** Where and what to deliver after each send. */
    record Settings(URI target, boolean deliveries, boolean reads, Duration delay) {
    }

    private final FakeFacebook fake;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-facebook-echo");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Settings settings;

    AutoEcho(FakeFacebook fake) {
        this.fake = fake;
    }

    void configure(Settings newSettings) {
        settings = newSettings;
    }

    void afterSend(SentMessage sent) {
        Settings current = settings;
        if (current == null || sent.messageId() == null) {
            return;
        }
        executor.schedule(() -> deliver(current, sent), current.delay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deliver(Settings current, SentMessage sent) {
        try {
            FakeCustomer customer = fake.world().customer(sent.psid()).orElse(null);
            if (customer == null || current != settings) {
                return; // the world was reset meanwhile
            }
            List<String> fields = fake.world().subscribedFields(sent.page());
            WebhookSender sender = fake.webhook(current.target().toString());
            MessengerEvents events = fake.events();
            if (fields.contains("message_echoes")) {
                sender.deliver(echoOf(events, customer, sent));
            }
            if (current.deliveries() && fields.contains("message_deliveries")) {
                sender.deliver(events.delivery(customer, sent.sentAt(), sent.messageId()));
            }
            if (current.reads() && fields.contains("message_reads")) {
                sender.deliver(events.read(customer, sent.sentAt()));
            }
        } catch (RuntimeException e) {
            // A test thread is not waiting on this one; say what went wrong where the build log shows it.
            System.err.println("Fake Facebook could not deliver the echo of " + sent.messageId() + ": " + e);
        }
    }

    private MessengerEvent echoOf(MessengerEvents events, FakeCustomer customer, SentMessage sent) {
        if (sent.text() != null) {
            return events.echo(customer, sent.messageId(), sent.text(), sent.metadata());
        }
        JsonObject attachment = sent.attachment();
        JsonObject payload = attachment.getJsonObject("payload");
        String url = payload != null && payload.containsKey("url") ? payload.getString("url") : fake.cdn().image();
        return events.echoAttachment(customer, sent.messageId(), attachment.getString("type"), url, fake.appId(),
                sent.metadata());
    }
}
