package io.livedesk.application.internal;

import io.livedesk.infrastructure.config.LiveDeskStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains a queue kept in the database, in the background: work stored on this server wakes the drain at once;
 * a slow tick catches what other servers stored and what waits for a retry, so an idle server does not poll the
 * database several times a second. A queue says how many drains may run at once on a server ({@link #drains()});
 * several drains and several servers share a queue through row locks ({@code FOR UPDATE SKIP LOCKED}).
 */
public abstract class QueueDrain {

    private static final Logger LOG = Logger.getLogger(QueueDrain.class.getName());
    private static final long PERIOD_MILLIS = 1_000;
    private static final int MAX_PER_TICK = 1_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    LiveDeskStartup startup;

    private final AtomicInteger draining = new AtomicInteger();
    private final AtomicBoolean wokenWhileDraining = new AtomicBoolean();
    private ScheduledFuture<?> ticks;

    /** Handles the next due item in its own transaction; false when none is due. */
    protected abstract boolean processNext();

    /** What the queue holds, for the log. */
    protected abstract String queueName();

    /** Called before each item: a queue whose work should give way to something more urgent waits here. */
    protected void awaitTurn() {
    }

    /**
     * Called on each tick before draining: a queue that drains only what it was told about looks here for the
     * work nobody told it about. Nothing by default: {@link #processNext()} searches the queue itself.
     */
    protected void sweep() {
    }

    /** How many drains may run at once on this server; one keeps the queue's order. */
    protected int drains() {
        return 1;
    }

    protected void startTicking() {
        ticks = scheduler.scheduleWithFixedDelay(this::tick, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** New work was stored: drain now rather than at the next tick. */
    protected void wake() {
        int running = draining.get();
        if (running > 0) {
            wokenWhileDraining.set(true);
        }
        if (running < drains()) {
            scheduler.execute(this::drain);
        }
    }

    void tick() {
        if (!startup.isStarted()) {
            return;
        }
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, queueName() + " could not be searched now", e);
        }
        drain();
    }

    void drain() {
        if (!startup.isStarted()) {
            return;
        }
        if (draining.incrementAndGet() > drains()) {
            draining.decrementAndGet();
            return;
        }
        try {
            do {
                wokenWhileDraining.set(false);
                for (int processed = 0; processed < MAX_PER_TICK; processed++) {
                    awaitTurn();
                    if (!processNext()) {
                        break;
                    }
                }
            } while (wokenWhileDraining.get());
        } catch (RuntimeException e) {
            // The database may be away; the next tick tries again. Nothing is lost: the work stays stored.
            LOG.log(Level.WARNING, queueName() + " could not be processed now", e);
        } finally {
            draining.decrementAndGet();
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }
}
