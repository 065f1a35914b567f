package io.livedesk.application.internal;

import io.livedesk.domain.webhook.WebhookEvent;
import io.livedesk.infrastructure.persistence.WebhookEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Stores a group of webhook deliveries in one transaction of its own: all of them are committed, or none. */
@ApplicationScoped
public class WebhookEventBatchWriter {

    @Inject
    WebhookEventRepository events;

    @Inject
    Event<WebhookEventStored> stored;

    /** The new events' ids, in the order given, once they are flushed (the commit follows when this returns). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> storeAll(List<WebhookEvent> group) {
        group.forEach(events::add);
        // One flush: the inserts go to the database as one JDBC batch (eclipselink.jdbc.batch-writing).
        events.flush();
        // Observers run after the commit (TransactionPhase.AFTER_SUCCESS), when the worker can see the rows.
        List<Long> ids = group.stream().map(WebhookEvent::getId).toList();
        stored.fire(new WebhookEventStored(ids));
        return ids;
    }
}
