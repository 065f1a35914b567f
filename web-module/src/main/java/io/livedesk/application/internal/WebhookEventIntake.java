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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Stores webhook deliveries durably with a group commit. A delivery that arrives while another group is being
 * committed joins the next group, so under load many deliveries share one transaction, one batch of inserts and one
 * wait for the database's commit, while a delivery that comes alone waits for nobody. Whoever finds no group being
 * written writes the waiting ones itself (no thread of its own): each caller returns only once its own delivery is
 * committed, or gets the failure that kept it from being committed.
 *
 * <p>Why: acknowledging a delivery was a transaction per delivery (insert and commit, each a round trip, plus the
 * commit's flush to disk); on two cores that capped the acknowledgements well below the rate Facebook can send.
 */
@ApplicationScoped
public class WebhookEventIntake {

    /** A group's size limit, so that one transaction stays short even when thousands of deliveries wait. */
    static final int MAX_GROUP = 500;
    /** Longer than any commit takes; a delivery not committed by then is answered as not stored. */
    private static final long PATIENCE_SECONDS = 30;
    /**
     * Above this many deliveries a second, more arrive than the worker can apply (about 200 a second on two cores),
     * so its work can wait: see {@link #surging()}.
     */
    static final double SURGE_PER_SECOND = 500;

    @Inject
    WebhookEventBatchWriter writer;

    @Inject
    Clock clock;

    private final Queue<Arrival> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final ArrivalRate arrivals = new ArrivalRate(250);
    /** The clock of {@link #arrivals}; a test sets its own. */
    LongSupplier nanoTime = System::nanoTime;

    private record Arrival(WebhookEvent event, CompletableFuture<Long> stored) {
    }

    /** Stores the delivery; returns its id once committed. Throws when it could not be stored. */
    public long store(ChannelType channelType, byte[] body) {
        arrivals.arrived(nanoTime.getAsLong());
        Arrival arrival = new Arrival(new WebhookEvent(channelType, body, clock.instant()), new CompletableFuture<>());
        waiting.add(arrival);
        writeWaitingUnlessSomeoneIs();
        try {
            return arrival.stored().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(failed.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The delivery was not committed within " + PATIENCE_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the delivery was being stored", e);
        }
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
     * Writes groups while deliveries wait, unless another caller already does. After letting go it looks once more:
     * a delivery added just before could otherwise wait with nobody writing it.
     */
    private void writeWaitingUnlessSomeoneIs() {
        while (!waiting.isEmpty() && writing.compareAndSet(false, true)) {
            try {
                for (List<Arrival> group = nextGroup(); !group.isEmpty(); group = nextGroup()) {
                    write(group);
                }
            } finally {
                writing.set(false);
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
