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

    @Inject
    WebhookEventProcessor processor;

    @Inject
    DeliverySurge surge;

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
