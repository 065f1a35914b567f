package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.webhook.WebhookEvent;
import io.livedesk.domain.webhook.WebhookEventStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;

@ApplicationScoped
public class WebhookEventRepository extends Repository<WebhookEvent> {

    public WebhookEventRepository() {
        super(WebhookEvent.class);
    }

    /** Newest first, optionally of one status; keyset pagination on id (ids grow with arrival). */
    public List<WebhookEvent> list(WebhookEventStatus status, Long beforeId, int limit) {
        TypedQuery<WebhookEvent> query = em.createQuery("SELECT e FROM WebhookEvent e WHERE 1 = 1"
                + (status == null ? "" : " AND e.status = :status")
                + (beforeId == null ? "" : " AND e.id < :before")
                + " ORDER BY e.id DESC", WebhookEvent.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
