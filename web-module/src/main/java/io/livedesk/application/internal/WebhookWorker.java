package io.livedesk.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Drains stored webhook deliveries, oldest first; one drain per server keeps a customer's events in order here. */
@ApplicationScoped
public class WebhookWorker extends QueueDrain {

    @Inject
    WebhookEventProcessor processor;

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
    protected String queueName() {
        return "Webhook deliveries";
    }
}
