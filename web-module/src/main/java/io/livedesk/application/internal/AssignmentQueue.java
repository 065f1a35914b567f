package io.livedesk.application.internal;

import io.livedesk.infrastructure.config.LiveDeskStartup;
import io.livedesk.infrastructure.persistence.AssignmentRepository;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Conversations nobody could take wait here, oldest first, and are assigned as soon as someone can take them:
 * when an agent becomes available, a conversation is resolved or reassigned, or on a slow tick (for what other
 * servers freed, and for business hours opening). Within an inbox, once the oldest still cannot be assigned the
 * newer ones wait behind it, so nobody jumps the queue.
 */
@ApplicationScoped
public class AssignmentQueue {

    private static final Logger LOG = Logger.getLogger(AssignmentQueue.class.getName());
    private static final long TICK_SECONDS = 5;
    private static final int BATCH = 200;

    /** Something may have freed an agent: an availability change, a resolved or reassigned conversation. */
    public record AgentFreed() {
    }

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AssignmentRepository assignments;

    @Inject
    AutoAssignment autoAssignment;

    @Inject
    LiveDeskStartup startup;

    private final AtomicBoolean draining = new AtomicBoolean();
    private ScheduledFuture<?> ticks;

    void start(@Observes Startup event) {
        ticks = scheduler.scheduleWithFixedDelay(this::drain, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    void onAgentFreed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentFreed freed) {
        scheduler.execute(this::drain);
    }

    void drain() {
        if (!startup.isStarted() || !draining.compareAndSet(false, true)) {
            return;
        }
        try {
            Set<Long> stuckInboxes = new HashSet<>();
            for (AssignmentRepository.Waiting waiting : assignments.queued(BATCH)) {
                if (stuckInboxes.contains(waiting.inboxId())) {
                    continue;
                }
                try {
                    if (!autoAssignment.assign(waiting.conversationId(), null)) {
                        stuckInboxes.add(waiting.inboxId());
                    }
                } catch (RuntimeException failed) {
                    // One conversation that cannot be assigned must not keep the others waiting behind it.
                    LOG.log(Level.WARNING, "Conversation " + waiting.conversationId() + " could not be assigned now; "
                            + "it keeps its place in the queue", failed);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The assignment queue could not be worked through now", e);
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
