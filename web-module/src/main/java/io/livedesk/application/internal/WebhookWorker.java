package io.livedesk.application.internal;

import io.livedesk.infrastructure.persistence.WebhookEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains stored webhook deliveries, oldest first, several at a time: what an event changes does not depend on the
 * order events are applied in (messages are dated by Facebook, watermarks only move forward, a reaction or an edit
 * older than what is shown is ignored, conversations are written under row locks), so parallel drains, like
 * several servers, end in the state that applying them one by one in order gives.
 *
 * <p>The drains take the deliveries this server stored by their ids ({@link WaitingEventIds}); once a second a
 * sweep of the table adds those it was not told about.
 */
@ApplicationScoped
public class WebhookWorker extends QueueDrain {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());

    /** Deliveries applied in one transaction: their outcomes are written and committed together. */
    static final int BATCH = WebhookEventRepository.MAX_LOCKED;
    /** Most of a minute of the heaviest burst measured (2,000 a second); past it the sweep finds what was not kept. */
    static final int MAX_WAITING = 100_000;
    /** How many waiting deliveries one sweep adds; the next sweep adds more once these are done. */
    static final int SWEEP = 1_000;
    static final Duration LATE_COMMIT = Duration.ofMinutes(1);
    static final Duration FULL_SWEEP_EVERY = Duration.ofMinutes(10);

    @Inject
    WebhookEventProcessor processor;

    @Inject
    DeliverySurge surge;

    @Inject
    Clock clock;

    final WaitingEventIds waiting = new WaitingEventIds(MAX_WAITING);
    /** Sweeps run one at a time, on the scheduler's ticks. */
    private Instant sweepFrom = Instant.EPOCH;
    private Instant fullSweepAt = Instant.EPOCH;

    void start(@Observes Startup event) {
        startTicking();
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookEventStored stored) {
        waiting.addAll(stored.ids());
        wake();
    }

    /**
     * Looks for deliveries nobody told this server about: stored by another server, waiting for a retry, or not kept
     * in {@link #waiting}. It starts where the last sweep that found them all ended, a minute early for deliveries
     * committed late (dated when they arrived) or by a server whose clock is behind; every ten minutes, and after a
     * start, from the beginning.
     */
    @Override
    protected void sweep() {
        if (waiting.size() >= SWEEP) {
            return;
        }
        Instant now = clock.instant();
        Instant from = now.isBefore(fullSweepAt) ? sweepFrom : Instant.EPOCH;
        List<Long> due = processor.dueIds(from, SWEEP);
        waiting.addAll(due);
        if (from.equals(Instant.EPOCH)) {
            fullSweepAt = now.plus(FULL_SWEEP_EVERY);
        }
        if (due.size() < SWEEP) {
            sweepFrom = now.minus(LATE_COMMIT);
        }
    }

    @Override
    protected boolean processNext() {
        // In a surge each drain moves at a delivery a second (see awaitTurn), not a batch a second.
        List<Long> batch = waiting.take(surge.isOn() ? 1 : BATCH);
        if (batch.isEmpty()) {
            return false;
        }
        try {
            processor.process(batch);
        } catch (RuntimeException together) {
            if (batch.size() == 1) {
                processor.recordFailure(batch.get(0), together);
                return true;
            }
            // One delivery's effect failed at the commit and took the others' outcomes with it: each is applied
            // again alone (idempotent), so that one that keeps failing is recorded as failing, and the rest go on.
            LOG.log(Level.INFO, "A batch of webhook deliveries failed as a whole; applying them one by one", together);
            for (Long id : batch) {
                try {
                    processor.process(List.of(id));
                } catch (RuntimeException alone) {
                    processor.recordFailure(id, alone);
                }
            }
        }
        return true;
    }

    /** The backlog of a surge is kept safely in the database, and worked off once the surge is over. */
    @Override
    protected void awaitTurn() {
        surge.giveWay();
    }

    /** The benchmark showed one drain waiting on two commits per event; a few in parallel use that time. */
    @Override
    protected int drains() {
        return 4;
    }

    @Override
    protected String queueName() {
        return "Webhook deliveries";
    }
}
