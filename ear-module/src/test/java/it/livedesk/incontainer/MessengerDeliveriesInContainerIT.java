package it.livedesk.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.Actor;
import io.livedesk.application.ConversationService;
import io.livedesk.application.ConversationService.ConversationSummary;
import io.livedesk.application.ConversationService.ListQuery;
import io.livedesk.application.ConversationService.MessageView;
import io.livedesk.application.WebhookEventService;
import io.livedesk.application.WebhookEventService.WebhookEventView;
import io.livedesk.domain.account.Role;
import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.webhook.WebhookEventStatus;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A stored Messenger delivery is applied by the background worker: a connected Page's customer message becomes
 * a conversation; a delivery for a Page nobody connected, or one that is not JSON, fails visibly with the reason.
 */
@ExtendWith(ArquillianExtension.class)
public class MessengerDeliveriesInContainerIT {

    private static final Actor ADMINISTRATOR = new Actor(0, Role.ADMINISTRATOR);
    // Fixture shapes (webhook-text.json): Page A, Camille's PSID, an accented French text with escapes.
    private static final String PAGE_A = "104857362918475";
    private static final String CAMILLE = "7291846502736451";

    @Deployment
    public static EnterpriseArchive livedeskWithTheseTests() {
        return TestArchives.livedeskWith(MessengerDeliveriesInContainerIT.class, SchemaProbe.class);
    }

    @Inject
    WebhookEventService webhookEvents;

    @Inject
    ConversationService conversations;

    @Inject
    SchemaProbe database;

    private static String delivery(String pageId, String psid, String mid, String escapedText) {
        return "{\"object\":\"page\",\"entry\":[{\"time\":1794480000912,\"id\":\"" + pageId + "\",\"messaging\":[{"
                + "\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\"" + pageId + "\"},"
                + "\"timestamp\":1794480000000,\"message\":{\"mid\":\"" + mid + "\",\"text\":\"" + escapedText + "\"}},"
                + "{\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\"" + pageId + "\"},"
                + "\"read\":{\"watermark\":1794480000000}}]}]}";
    }

    @Test
    void aCustomerMessageToAConnectedPageBecomesAConversationWithTheTextDecoded() throws Exception {
        long inbox = database.connectedFacebookPage(PAGE_A, "Boulangerie \u00c9toile");
        String mid = "m_" + System.nanoTime();
        long id = stored(delivery(PAGE_A, CAMILLE, mid, "Ma commande n\\u00b04521 est arriv\\u00e9e ?"));

        assertEquals(WebhookEventStatus.PROCESSED, awaitOutcome(id).status());
        List<ConversationSummary> found = conversations.list(ADMINISTRATOR,
                new ListQuery(inbox, null, null, null, null, null, null, null, 10)).items();
        assertEquals(1, found.size());
        List<MessageView> messages = conversations.messages(ADMINISTRATOR, found.get(0).id(), null, 10).items();
        assertEquals("Ma commande n\u00b04521 est arriv\u00e9e ?", messages.get(messages.size() - 1).content());
    }

    @Test
    void aDeliveryForAPageNobodyConnectedFailsWithTheReasonAndCanBeReplayed() throws Exception {
        long id = stored(delivery("999000111222333", CAMILLE, "m_" + System.nanoTime(), "Hello"));
        WebhookEventView outcome = awaitOutcome(id);
        assertEquals(WebhookEventStatus.FAILED, outcome.status());
        assertTrue(outcome.lastError().contains("999000111222333 is not connected"), outcome.lastError());

        database.connectedFacebookPage("999000111222333", "Late Page");
        webhookEvents.replay(ADMINISTRATOR, id);
        assertEquals(WebhookEventStatus.PROCESSED, awaitOutcome(id).status());
    }

    @Test
    void aSignedBodyThatIsNotJsonFailsAndSaysWhy() throws Exception {
        long id = stored("{\"object\":\"page\",");
        WebhookEventView outcome = awaitOutcome(id);
        assertEquals(WebhookEventStatus.FAILED, outcome.status());
        assertTrue(outcome.lastError().startsWith("The body is not a JSON object"), outcome.lastError());
    }

    @Test
    void aDeliveryAnotherServerStoredIsFoundAndAppliedByThisOne() throws Exception {
        database.connectedFacebookPage(PAGE_A, "Boulangerie \u00c9toile");
        String mid = "m_" + System.nanoTime();
        long id = database.webhookEventStoredByAnotherServer(delivery(PAGE_A, CAMILLE, mid, "Encore une question"));

        assertEquals(WebhookEventStatus.PROCESSED, awaitOutcome(id).status());
        assertEquals(1, database.count("SELECT COUNT(m) FROM Message m WHERE m.externalId = ?1", mid));
    }

    /** Stored as the webhook stores a delivery; the id once it is committed. */
    private long stored(String body) {
        CompletableFuture<Long> stored = new CompletableFuture<>();
        webhookEvents.store(ChannelType.FACEBOOK_PAGE, body.getBytes(StandardCharsets.UTF_8), stored);
        return stored.join();
    }

    private WebhookEventView awaitOutcome(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            WebhookEventView view = webhookEvents.list(ADMINISTRATOR, null, String.valueOf(id + 1), 1).items().stream()
                    .filter(v -> v.id() == id).findFirst().orElseThrow();
            if (view.status() != WebhookEventStatus.PENDING) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Webhook event " + id + " was not processed within 20 s");
    }
}
