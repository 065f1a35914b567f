package it.livedesk.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.Actor;
import io.livedesk.application.InboundMessage;
import io.livedesk.application.InboundMessageService;
import io.livedesk.application.InboundMessageService.Receipt;
import io.livedesk.application.InboxService;
import io.livedesk.domain.account.Role;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
public class InboundMessagesInContainerIT {

    private static final Actor ADMINISTRATOR = new Actor(0, Role.ADMINISTRATOR);
    private static final int DELIVERIES = 8;

    @Deployment
    public static EnterpriseArchive livedeskWithTheseTests() {
        return TestArchives.livedeskWith(InboundMessagesInContainerIT.class, SchemaProbe.class);
    }

    @Inject
    InboundMessageService inbound;

    @Inject
    InboxService inboxes;

    @Inject
    SchemaProbe database;

    @Test
    void everyEntityMapsToTheMigratedSchema() {
        assertEquals(19, database.entityCount(), "an entity was added or lost: update this count on purpose");
        assertEquals(List.of(), database.entitiesThatCannotBeRead());
    }

    @Test
    void aReplyTypedInFacebooksOwnPageInboxCanBeStored() {
        assertTrue(database.storeReplyTypedOutsideLiveDesk() > 0);
    }

    @Test
    void anAiAgentsKeyIsStoredEncrypted() {
        long inbox = inboxes.createApiInbox(ADMINISTRATOR, "Keys " + UUID.randomUUID()).id();
        long agent = inboxes.addAiAgent(ADMINISTRATOR, inbox,
                new InboxService.NewAiAgent("Bot", "gpt-4o-mini", null, "sk-plain-secret", false)).id();
        String stored = database.storedApiKey(agent);
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains("sk-plain-secret"));
    }

    // Arquillian runs only top-level test methods in the container, hence no @Nested group here.

    @Test
    void theSameMessageDeliveredManyTimesAtOnceIsStoredOnce() throws Exception {
        long inbox = inboxes.createApiInbox(ADMINISTRATOR, "Race " + UUID.randomUUID()).id();
        String mid = "m_" + UUID.randomUUID();
        List<Receipt> receipts = deliverAtOnce(i -> new InboundMessage(inbox, "psid-race", mid, "Bonjour", null,
                List.of(), null));

        assertEquals(1, receipts.stream().filter(r -> !r.duplicate()).count(), receipts::toString);
        assertEquals(1, receipts.stream().map(Receipt::messageId).distinct().count(), receipts::toString);
        assertEquals(1, database.count("SELECT COUNT(m) FROM Message m WHERE m.externalId = ?1", mid));
    }

    @Test
    void aNewCustomersFirstMessagesArrivingTogetherMakeOneContactAndOneConversation() throws Exception {
        long inbox = inboxes.createApiInbox(ADMINISTRATOR, "Race " + UUID.randomUUID()).id();
        String psid = "psid-" + UUID.randomUUID();
        List<Receipt> receipts = deliverAtOnce(i -> new InboundMessage(inbox, psid, "m_" + UUID.randomUUID(),
                "message " + i, null, List.of(), null));

        Set<Long> contacts = receipts.stream().map(Receipt::contactId).collect(Collectors.toSet());
        Set<Long> conversations = receipts.stream().map(Receipt::conversationId).collect(Collectors.toSet());
        assertEquals(1, contacts.size(), receipts::toString);
        assertEquals(1, conversations.size(), receipts::toString);
        assertEquals(DELIVERIES, database.count(
                "SELECT COUNT(m) FROM Message m WHERE m.conversation.id = ?1", conversations.iterator().next()));
    }

    private List<Receipt> deliverAtOnce(java.util.function.IntFunction<InboundMessage> message) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Receipt>> futures = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            InboundMessage delivery = message.apply(i);
            futures.add(executor.submit(() -> {
                start.await();
                return inbound.receive(delivery);
            }));
        }
        start.countDown();
        List<Receipt> receipts = new ArrayList<>();
        for (Future<Receipt> future : futures) {
            receipts.add(future.get());
        }
        return receipts;
    }
}
