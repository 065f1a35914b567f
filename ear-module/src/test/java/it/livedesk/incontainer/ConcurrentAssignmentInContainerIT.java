package it.livedesk.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.AccountService;
import io.livedesk.application.AutomaticAssignment;
import io.livedesk.application.AccountService.NewUser;
import io.livedesk.application.Actor;
import io.livedesk.application.ConversationService;
import io.livedesk.application.ConversationService.ConversationDetail;
import io.livedesk.application.ConversationService.DecisionView;
import io.livedesk.application.InboundMessage;
import io.livedesk.application.InboundMessageService;
import io.livedesk.application.InboxService;
import io.livedesk.application.InboxService.SettingsChanges;
import io.livedesk.domain.account.Availability;
import io.livedesk.domain.account.Role;
import io.livedesk.domain.assignment.AssignmentTier;
import io.livedesk.domain.inbox.AssignmentMethod;
import javax.naming.InitialContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many assignments at once, as several servers would run them against the same database: every conversation is
 * decided by two workers racing each other. None is assigned twice, round-robin stays even, and load-based
 * assignment never gives an agent more than their capacity.
 */
@ExtendWith(ArquillianExtension.class)
public class ConcurrentAssignmentInContainerIT {

    private static final Actor ADMINISTRATOR = new Actor(0, Role.ADMINISTRATOR);
    private static final int WORKERS_PER_CONVERSATION = 2;

    @Deployment
    public static EnterpriseArchive livedeskWithTheseTests() {
        return TestArchives.livedeskWith(ConcurrentAssignmentInContainerIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    InboxService inboxes;

    @Inject
    InboundMessageService inbound;

    @Inject
    ConversationService conversations;

    @Inject
    AutomaticAssignment autoAssignment;


    /** An inbox whose conversations wait (automatic assignment off) until the workers are let loose. */
    private long inboxWithOnlineAgents(AssignmentMethod method, int capacity, int agents, List<Long> agentIds) {
        long inboxId = inboxes.createApiInbox(ADMINISTRATOR, "Race " + UUID.randomUUID()).id();
        inboxes.changeSettings(ADMINISTRATOR, inboxId,
                new SettingsChanges(null, null, null, null, false, method, capacity));
        for (int i = 0; i < agents; i++) {
            long agent = accounts.create(ADMINISTRATOR, new NewUser("race-" + UUID.randomUUID() + "@example.com",
                    "Racer " + i, "race-password-123", Role.AGENT)).id();
            accounts.setAvailability(ADMINISTRATOR, agent, Availability.ONLINE);
            inboxes.addMember(ADMINISTRATOR, inboxId, agent);
            agentIds.add(agent);
        }
        return inboxId;
    }

    private List<Long> conversationsIn(long inboxId, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(inbound.receive(new InboundMessage(inboxId, "customer-" + UUID.randomUUID(), "m-" + UUID.randomUUID(),
                    "Hello " + i, null, List.of(), Instant.now())).conversationId());
        }
        return ids;
    }

    /** Switches automatic assignment on and lets two workers per conversation decide, all at once. */
    private void race(long inboxId, AssignmentMethod method, int capacity, List<Long> conversationIds)
            throws Exception {
        inboxes.changeSettings(ADMINISTRATOR, inboxId, new SettingsChanges(null, null, null, null, true, method,
                capacity));
        List<Long> attempts = new ArrayList<>();
        for (Long id : conversationIds) {
            for (int w = 0; w < WORKERS_PER_CONVERSATION; w++) {
                attempts.add(id);
            }
        }
        Collections.shuffle(attempts);
        // Managed threads, as the server's own workers are: each gets the transaction and CDI contexts it needs.
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Long id : attempts) {
            running.add(executor.submit(() -> {
                start.await();
                return autoAssignment.assign(id);
            }));
        }
        start.countDown();
        for (Future<?> attempt : running) {
            attempt.get(2, TimeUnit.MINUTES);
        }
    }

    private List<DecisionView> automaticDecisions(long conversationId) {
        return conversations.get(ADMINISTRATOR, conversationId).assignmentDecisions().stream()
                .filter(d -> d.tier() != AssignmentTier.MANUAL).toList();
    }

    private Map<Long, Integer> conversationsPerAgent(List<Long> conversationIds) {
        Map<Long, Integer> perAgent = new HashMap<>();
        for (Long id : conversationIds) {
            ConversationDetail detail = conversations.get(ADMINISTRATOR, id);
            if (detail.summary().assignee() != null) {
                perAgent.merge(detail.summary().assignee().id(), 1, Integer::sum);
            }
        }
        return perAgent;
    }

    @Test
    void twoWorkersRacingForEachConversationAssignItOnceAndRoundRobinStaysEven() throws Exception {
        List<Long> agents = new ArrayList<>();
        long inboxId = inboxWithOnlineAgents(AssignmentMethod.ROUND_ROBIN, 1_000, 4, agents);
        List<Long> waiting = conversationsIn(inboxId, 24);

        race(inboxId, AssignmentMethod.ROUND_ROBIN, 1_000, waiting);

        for (Long id : waiting) {
            assertEquals(1, automaticDecisions(id).size(), "conversation " + id + " was decided once");
            assertEquals(AssignmentTier.HUMAN, automaticDecisions(id).get(0).tier());
        }
        Map<Long, Integer> perAgent = conversationsPerAgent(waiting);
        assertEquals(24, perAgent.values().stream().mapToInt(Integer::intValue).sum());
        int most = Collections.max(perAgent.values());
        int least = agents.stream().mapToInt(a -> perAgent.getOrDefault(a, 0)).min().orElseThrow();
        assertTrue(most - least <= 1, "round-robin counts differ by at most one: " + perAgent);
    }

    @Test
    void loadBasedAssignmentUnderRacingWorkersNeverGoesOverCapacity() throws Exception {
        List<Long> agents = new ArrayList<>();
        long inboxId = inboxWithOnlineAgents(AssignmentMethod.LOAD_BASED, 3, 3, agents);
        List<Long> waiting = conversationsIn(inboxId, 12);

        race(inboxId, AssignmentMethod.LOAD_BASED, 3, waiting);

        Map<Long, Integer> perAgent = conversationsPerAgent(waiting);
        assertEquals(Map.of(agents.get(0), 3, agents.get(1), 3, agents.get(2), 3), perAgent,
                "everyone filled to capacity, nobody above it");
        long queued = waiting.stream()
                .filter(id -> conversations.get(ADMINISTRATOR, id).summary().assignee() == null).count();
        assertEquals(3, queued, "the rest wait in the queue");
    }
}
