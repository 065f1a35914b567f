package io.livedesk.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Drains the outbox: queued outgoing messages go out through their channel, in order per conversation. */
@ApplicationScoped
public class OutboxWorker extends QueueDrain {

    @Inject
    OutboxSender sender;

    void start(@Observes Startup event) {
        startTicking();
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
        wake();
    }

    @Override
    protected boolean processNext() {
        return sender.sendNext();
    }

    @Override
    protected String queueName() {
        return "Outgoing messages";
    }
}
