package io.livedesk.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Drains stored webhook deliveries, oldest first, several at a time: what an event changes does not depend on the
 * order events are applied in (messages are dated by Facebook, watermarks only move forward, a reaction or an edit
 * older than what is shown is ignored, conversations are written under row locks), so parallel drains, like
 * several servers, end in the state that applying them one by one in order gives.
 */
@ApplicationScoped
public class WebhookWorker extends QueueDrain {

    /**
     * During a surge each drain applies at most one delivery per pause: the worker then takes a few percent of the
     * cores instead of all they have left, and the backlog, kept safely in the database, is worked off afterwards.
     */
    static final long SURGE_PAUSE_MILLIS = 200;

    @Inject
    WebhookEventProcessor processor;

    @Inject
    WebhookEventIntake intake;

    void start(@Observes Startup event) {
        startTicking();
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookEventStored stored) {
        wake();
    }

    @Override
    protected boolean processNext() {
        return processor.processNext();
    }

    @Override
    protected long pauseBeforeNextMillis() {
        return intake.surging() ? SURGE_PAUSE_MILLIS : 0;
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
