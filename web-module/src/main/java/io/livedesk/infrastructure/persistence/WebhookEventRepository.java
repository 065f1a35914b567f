package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.webhook.WebhookEvent;
import io.livedesk.domain.webhook.WebhookEventStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class WebhookEventRepository extends Repository<WebhookEvent> {

    public static final int MAX_LOCKED = 16;
    private static final String ID_PLACEHOLDERS = String.join(", ", java.util.Collections.nCopies(MAX_LOCKED, "?"));

    public WebhookEventRepository() {
        super(WebhookEvent.class);
    }

    /**
     * Those of these deliveries that still wait and are due, locked for this transaction, oldest first; deliveries
     * other workers hold are skipped, so any number of workers on any number of servers share the queue without
     * waiting on each other. At most {@link #MAX_LOCKED} ids.
     */
    public List<WebhookEvent> lockWaiting(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_LOCKED) {
            throw new IllegalArgumentException("At most " + MAX_LOCKED + " webhook events are locked at once");
        }
        // Always as many placeholders, the missing ones repeating the last id: one statement text, prepared once.
        var lock = em.createNativeQuery("SELECT id FROM webhook_event WHERE id IN (" + ID_PLACEHOLDERS + ") "
                + "AND status = 'PENDING' AND next_attempt_at <= ? ORDER BY id FOR UPDATE SKIP LOCKED");
        for (int i = 0; i < MAX_LOCKED; i++) {
            lock.setParameter(i + 1, ids.get(Math.min(i, ids.size() - 1)));
        }
        List<Long> locked = ((List<?>) lock.setParameter(MAX_LOCKED + 1, now).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
        if (locked.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM WebhookEvent e WHERE e.id IN :ids ORDER BY e.id", WebhookEvent.class)
                .setParameter("ids", locked).getResultList();
    }

    /**
     * The ids of deliveries that wait and are due since {@code from}, oldest first, without locking them. The scan
     * starts at {@code from} in the queue's index: the entries before it include one for every delivery applied
     * since PostgreSQL last vacuumed the table (see {@code WaitingEventIds}).
     */
    public List<Long> waitingIds(Instant from, Instant now, int limit) {
        // Ordered as the index (status, next_attempt_at, id) is: the first due row is the first index entry.
        List<?> ids = em.createNativeQuery("SELECT id FROM webhook_event WHERE status = 'PENDING' "
                        + "AND next_attempt_at >= ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?")
                .setParameter(1, from).setParameter(2, now).setParameter(3, limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
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
