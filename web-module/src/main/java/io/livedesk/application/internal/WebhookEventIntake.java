package io.livedesk.application.internal;

import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.webhook.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * Stores webhook deliveries durably with a group commit. A delivery that arrives while another group is being
 * committed joins the next group, so under load many deliveries share one transaction, one batch of inserts and one
 * wait for the database's commit, while a delivery that comes alone waits for nobody. Whoever finds fewer than
 * {@link #WRITERS} groups being written writes the waiting ones itself (no thread of its own), and each caller is
 * told when its own delivery is committed, or why it could not be: no thread waits idle for another's commit.
 *
 * <p>Why: acknowledging a delivery was a transaction per delivery (insert and commit, each a round trip, plus the
 * commit's flush to disk); on two cores that capped the acknowledgements well below the rate Facebook can send.
 */
@ApplicationScoped
public class WebhookEventIntake {

    /** A group's size limit, so that one transaction stays short even when thousands of deliveries wait. */
    static final int MAX_GROUP = 500;
    /**
     * Groups committed at the same time. With one, a delivery waited for the group being committed and then for its
     * own; with a few, it mostly waits for its own, and the database flushes their commits together.
     */
    static final int WRITERS = 3;
    /**
     * Above this many deliveries a second (counted over a tenth of a second), far more arrive than the worker can
     * apply (about 200 a second on two cores), so its work can wait: see {@link #surging()}. Well above the bunching
     * of a steady 200 a second, so that such a load is never slowed down.
     */
    static final double SURGE_PER_SECOND = 800;

    @Inject
    WebhookEventBatchWriter writer;

    @Inject
    Clock clock;

    private final Queue<Arrival> waiting = new ConcurrentLinkedQueue<>();
    private final Semaphore writers = new Semaphore(WRITERS);
    private final ArrivalRate arrivals = new ArrivalRate(100);
    /** The clock of {@link #arrivals}; a test sets its own. */
    LongSupplier nanoTime = System::nanoTime;

    private record Arrival(WebhookEvent event, CompletableFuture<Long> stored) {
    }

    /**
     * Takes the delivery into the next group and completes {@code stored} with its id once the group is committed,
     * or with the failure that kept it from being committed. The caller listens on {@code stored} before calling:
     * when too few are writing, the caller writes the waiting groups itself, and its own delivery's answer must not
     * wait until it is done with everyone else's.
     */
    public void store(ChannelType channelType, byte[] body, CompletableFuture<Long> stored) {
        arrivals.arrived(nanoTime.getAsLong());
        waiting.add(new Arrival(new WebhookEvent(channelType, body, clock.instant()), stored));
        writeWaitingGroupsIfAWriterIsFree();
    }

    /**
     * Whether deliveries are pouring in faster than they can be applied. Then the answers to the channel come
     * first: it retries deliveries that are not answered within seconds, and gives up on a webhook that keeps
     * failing, while applying a stored delivery a little later loses nothing.
     */
    public boolean surging() {
        return arrivals.perSecond(nanoTime.getAsLong()) > SURGE_PER_SECOND;
    }

    /**
     * Writes groups while deliveries wait, unless enough callers already do. After letting go it looks once more: a
     * delivery added just before could otherwise wait with nobody writing it.
     */
    private void writeWaitingGroupsIfAWriterIsFree() {
        while (!waiting.isEmpty() && writers.tryAcquire()) {
            try {
                for (List<Arrival> group = nextGroup(); !group.isEmpty(); group = nextGroup()) {
                    write(group);
                }
            } finally {
                writers.release();
            }
        }
    }

    /** How many deliveries wait for the next group (for tests). */
    int waitingCount() {
        return waiting.size();
    }

    private List<Arrival> nextGroup() {
        List<Arrival> group = new ArrayList<>();
        for (Arrival next; group.size() < MAX_GROUP && (next = waiting.poll()) != null; ) {
            group.add(next);
        }
        return group;
    }

    private void write(List<Arrival> group) {
        try {
            List<Long> ids = writer.storeAll(group.stream().map(Arrival::event).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).stored().complete(ids.get(i));
            }
        } catch (RuntimeException notStored) {
            group.forEach(arrival -> arrival.stored().completeExceptionally(notStored));
        }
    }
}
