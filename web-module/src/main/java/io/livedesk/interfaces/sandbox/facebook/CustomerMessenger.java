package io.livedesk.interfaces.sandbox.facebook;

import io.livedesk.infrastructure.config.LiveDeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messenger as a customer sees it: pick a Page, be someone, write, tap Get Started, send a photo, read the
 * Page's replies. Each action lands in the thread and goes to LiveDesk as the webhook Facebook would send
 * (when the Page is subscribed to it). A read is reported when the customer page has shown the replies.
 */
@ApplicationScoped
public class CustomerMessenger {

    /** Sample photos the sandbox serves itself, so an image message needs no upload. */
    static final Map<String, String> SAMPLE_IMAGES = sampleImages();

    @Inject
    SandboxStore store;

    @Inject
    WebhookSender webhooks;

    @Inject
    LiveDeskConfig config;

    /** Read as {@code instant()}: the application's microsecond clock cannot answer {@code millis()} on Java 17. */
    @Inject
    Clock clock;

    private static Map<String, String> sampleImages() {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("parcel.jpg", "A parcel left on a doorstep");
        samples.put("receipt.jpg", "A shop receipt");
        samples.put("cake.jpg", "A birthday cake with candles");
        return samples;
    }

    List<SandboxPage> pages() {
        return store.read(state -> List.copyOf(state.pages()));
    }

    List<String> subscribedFields(String pageId) {
        return store.read(state -> state.subscribedFields(pageId));
    }

    List<SandboxCustomer> customers(String pageId) {
        page(pageId);
        return store.read(state -> state.customersOf(pageId));
    }

    SandboxCustomer createCustomer(String pageId, String firstName, String lastName) {
        page(pageId);
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        if (first.isEmpty() || first.length() > 60 || last.length() > 60) {
            throw new CustomerPageProblem(400, "A customer needs a first name (at most 60 characters).");
        }
        return store.change(state -> state.addCustomer(pageId, first, last, "en_US"));
    }

    SandboxCustomer customer(String psid) {
        return store.read(state -> state.customer(psid))
                .orElseThrow(() -> new CustomerPageProblem(404, "No such customer."));
    }

    List<ThreadMessage> thread(String psid) {
        customer(psid);
        return store.read(state -> state.thread(psid));
    }

    long readWatermark(String psid) {
        return store.read(state -> state.readWatermark(psid));
    }

    boolean replyWindowOpen(String psid) {
        return MessagingWindow.standardOpen(store.read(state -> state.lastCustomerAction(psid)), clock.instant());
    }

    DeliveryLog deliveries() {
        return webhooks.log();
    }

    ThreadMessage write(String psid, String text) {
        if (text == null || text.isBlank()) {
            throw new CustomerPageProblem(400, "Write something first.");
        }
        if (text.codePointCount(0, text.length()) > SendRequest.TEXT_LIMIT) {
            throw new CustomerPageProblem(400, "Messenger messages are at most 2000 characters here.");
        }
        ThreadMessage message = append(psid, text, null, null, null);
        webhooks.send(WebhookBodies.customerMessage(customer(psid).pageId(), message, clock.instant().toEpochMilli()));
        return message;
    }

    /** Only on a new thread, as in Messenger, where the button disappears once the conversation has begun. */
    ThreadMessage getStarted(String psid) {
        if (!thread(psid).isEmpty()) {
            throw new CustomerPageProblem(409, "Get Started is only offered before the first message.");
        }
        ThreadMessage postback = append(psid, WebhookBodies.GET_STARTED_TITLE, null, null,
                WebhookBodies.GET_STARTED_PAYLOAD);
        webhooks.send(WebhookBodies.postback(customer(psid).pageId(), postback, clock.instant().toEpochMilli()));
        return postback;
    }

    ThreadMessage sendImage(String psid, String sample) {
        if (sample == null || !SAMPLE_IMAGES.containsKey(sample)) {
            throw new CustomerPageProblem(400, "Choose one of the sample photos.");
        }
        String url = config.publicUrl() + "/sandbox/facebook/media/" + sample;
        ThreadMessage message = append(psid, null, "image", url, null);
        webhooks.send(WebhookBodies.customerMessage(customer(psid).pageId(), message, clock.instant().toEpochMilli()));
        return message;
    }

    /** The customer has seen the thread up to the watermark; reported once per new watermark. */
    void read(String psid, long watermark) {
        SandboxCustomer customer = customer(psid);
        long lastPageMessage = thread(psid).stream().filter(m -> m.from() == ThreadMessage.Sender.PAGE)
                .mapToLong(ThreadMessage::timestamp).max().orElse(0);
        long seen = Math.min(watermark, lastPageMessage);
        boolean advanced = store.change(state -> {
            if (seen <= state.readWatermark(psid)) {
                return false;
            }
            state.read(psid, seen);
            return true;
        });
        if (advanced) {
            webhooks.send(WebhookBodies.read(customer.pageId(), psid, seen, clock.instant().toEpochMilli()));
        }
    }

    private ThreadMessage append(String psid, String text, String attachmentType, String attachmentUrl,
                                 String postbackPayload) {
        customer(psid);
        return store.change(state -> {
            // Never earlier than the thread's last item, so the order of the thread is the order of its times.
            long timestamp = Math.max(clock.instant().toEpochMilli(), state.thread(psid).stream()
                    .mapToLong(ThreadMessage::timestamp).max().orElse(0) + 1);
            ThreadMessage message = new ThreadMessage(FacebookIds.messageId(), psid, ThreadMessage.Sender.CUSTOMER,
                    timestamp, text, attachmentType, attachmentUrl, postbackPayload, null);
            state.append(message);
            return message;
        });
    }

    private SandboxPage page(String pageId) {
        return store.read(state -> state.page(pageId))
                .orElseThrow(() -> new CustomerPageProblem(404, "No such Page."));
    }
}
