package io.livedesk.application.internal;

import io.livedesk.infrastructure.config.LiveDeskStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains stored webhook deliveries in the background, oldest first, a few times a second. One worker per
 * server keeps one customer's events in arrival order here; several servers share the queue through row locks.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());
    private static final long PERIOD_MILLIS = 200;
    private static final int MAX_PER_TICK = 1_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    WebhookEventProcessor processor;

    @Inject
    LiveDeskStartup startup;

    private ScheduledFuture<?> ticks;

    void start(@Observes Startup event) {
        ticks = scheduler.scheduleWithFixedDelay(this::drain, 1_000, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    void drain() {
        if (!startup.isStarted()) {
            return;
        }
        try {
            for (int processed = 0; processed < MAX_PER_TICK && processor.processNext(); processed++) {
                // Keep going while deliveries are waiting.
            }
        } catch (RuntimeException e) {
            // The database may be away; the next tick tries again. Nothing is lost: events stay stored.
            LOG.log(Level.WARNING, "Webhook deliveries could not be processed now", e);
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }
}
