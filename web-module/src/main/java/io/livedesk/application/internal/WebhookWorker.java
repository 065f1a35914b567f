package io.livedesk.application.internal;

import io.livedesk.infrastructure.config.LiveDeskStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains stored webhook deliveries in the background, oldest first. A delivery stored on this server wakes
 * the worker at once; a slow tick catches what other servers stored and what waits for a retry, so an idle
 * server does not poll the database several times a second. One drain at a time per server keeps one
 * customer's events in arrival order here; several servers share the queue through row locks.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());
    private static final long PERIOD_MILLIS = 1_000;
    private static final int MAX_PER_TICK = 1_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    WebhookEventProcessor processor;

    @Inject
    LiveDeskStartup startup;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wokenWhileDraining = new AtomicBoolean();
    private ScheduledFuture<?> ticks;

    void start(@Observes Startup event) {
        ticks = scheduler.scheduleWithFixedDelay(this::drain, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A delivery was just stored: drain now rather than at the next tick. */
    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookEventStored stored) {
        if (draining.get()) {
            wokenWhileDraining.set(true);
        } else {
            scheduler.execute(this::drain);
        }
    }

    void drain() {
        if (!startup.isStarted() || !draining.compareAndSet(false, true)) {
            return;
        }
        try {
            do {
                wokenWhileDraining.set(false);
                for (int processed = 0; processed < MAX_PER_TICK && processor.processNext(); processed++) {
                    // Keep going while deliveries are waiting.
                }
            } while (wokenWhileDraining.get());
        } catch (RuntimeException e) {
            // The database may be away; the next tick tries again. Nothing is lost: events stay stored.
            LOG.log(Level.WARNING, "Webhook deliveries could not be processed now", e);
        } finally {
            draining.set(false);
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }
}
