package io.livedesk.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.webhook.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookEventIntakeTest {

    /** Stands in for the database: numbers the events, remembers each group, and can be held or made to fail. */
    private static final class RecordingWriter extends WebhookEventBatchWriter {
        final List<List<WebhookEvent>> groups = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong ids = new AtomicLong();
        volatile CountDownLatch commitsHeld = new CountDownLatch(0);
        final CountDownLatch commitsStarted = new CountDownLatch(WebhookEventIntake.WRITERS);
        volatile RuntimeException failure;

        @Override
        public List<Long> storeAll(List<WebhookEvent> group) {
            commitsStarted.countDown();
            try {
                commitsHeld.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (failure != null) {
                throw failure;
            }
            groups.add(List.copyOf(group));
            return group.stream().map(event -> ids.incrementAndGet()).toList();
        }
    }

    private final RecordingWriter writer = new RecordingWriter();
    private final WebhookEventIntake intake = new WebhookEventIntake();
    private final ExecutorService facebook = Executors.newFixedThreadPool(16);

    WebhookEventIntakeTest() {
        intake.writer = writer;
        intake.clock = Clock.systemUTC();
    }

    @AfterEach
    void stop() {
        facebook.shutdownNow();
    }

    /** Stored as the webhook stores a delivery: the id once committed, or the failure. */
    private long stored(String text) {
        CompletableFuture<Long> stored = new CompletableFuture<>();
        intake.store(ChannelType.FACEBOOK_PAGE, text.getBytes(StandardCharsets.UTF_8), stored);
        return stored.join();
    }

    private Future<Long> deliver(String text) {
        return facebook.submit(() -> stored(text));
    }

    @Test
    void aDeliveryThatComesAloneIsCommittedAtOnceInAGroupOfItsOwn() throws Exception {
        long id = stored("{}");

        assertEquals(1, id);
        assertEquals(1, writer.groups.size());
        assertEquals(1, writer.groups.get(0).size());
    }

    @Test
    void deliveriesArrivingWhileEveryWriterIsCommittingShareTheNextCommitAndEachGetsItsOwnId() throws Exception {
        writer.commitsHeld = new CountDownLatch(1);
        List<Future<Long>> deliveries = new ArrayList<>();
        for (int i = 0; i < WebhookEventIntake.WRITERS; i++) {
            deliveries.add(deliver("first " + i));
        }
        assertTrue(writer.commitsStarted.await(5, TimeUnit.SECONDS), "each of the first deliveries is being written");
        for (int i = 0; i < 10; i++) {
            deliveries.add(deliver("during " + i));
        }
        while (intake.waitingCount() < 10) {
            Thread.sleep(5);
        }
        writer.commitsHeld.countDown();

        Set<Long> ids = ConcurrentHashMap.newKeySet();
        for (Future<Long> delivery : deliveries) {
            ids.add(delivery.get(5, TimeUnit.SECONDS));
        }
        assertEquals(WebhookEventIntake.WRITERS + 10, ids.size(), "every delivery has an id of its own");
        // The writers, let go at once, share out the ten: at most one more commit each, never one per delivery.
        assertTrue(writer.groups.size() <= 2 * WebhookEventIntake.WRITERS, writer.groups::toString);
        assertEquals(WebhookEventIntake.WRITERS + 10, writer.groups.stream().mapToInt(List::size).sum());
    }

    @Test
    void whenTheGroupCannotBeStoredEveryDeliveryInItIsToldSoAndNoneIsAcknowledged() {
        IllegalStateException databaseAway = new IllegalStateException("connection refused");
        writer.failure = databaseAway;

        Future<Long> delivery = deliver("lost?");

        java.util.concurrent.ExecutionException refused = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> delivery.get(5, TimeUnit.SECONDS));
        assertSame(databaseAway, refused.getCause().getCause(), "the database's own failure, as the caller sees it");
        assertTrue(writer.groups.isEmpty());
    }

    @Test
    void twoHundredDeliveriesASecondAreNoSurgeButAThousandAre() {
        AtomicLong millis = new AtomicLong();
        intake.nanoTime = () -> millis.get() * 1_000_000;
        for (int i = 0; i < 200; i++) {
            millis.set(i * 5L);
            stored("{}");
            assertFalse(intake.surging(), "at " + millis.get() + " ms");
        }
        for (int i = 0; i < 1_000; i++) {
            millis.set(1_000 + i);
            stored("{}");
        }
        assertTrue(intake.surging());

        millis.addAndGet(1_000);
        assertFalse(intake.surging(), "a second later the surge is over");
    }
}
