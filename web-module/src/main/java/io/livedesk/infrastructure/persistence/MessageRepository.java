package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.message.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MessageRepository extends Repository<Message> {

    public MessageRepository() {
        super(Message.class);
    }

    public Optional<Message> findByExternalId(long inboxId, String externalId) {
        return em.createQuery("SELECT m FROM Message m WHERE m.inbox.id = :inbox AND m.externalId = :external",
                        Message.class)
                .setParameter("inbox", inboxId).setParameter("external", externalId)
                .getResultStream().findFirst();
    }

    /** The latest {@code limit} messages before the cursor (or the very latest), returned oldest first. */
    public List<Message> latestBefore(long conversationId, KeysetCursor before, int limit) {
        String jpql = "SELECT m FROM Message m LEFT JOIN FETCH m.senderUser LEFT JOIN FETCH m.senderAiAgent "
                + "WHERE m.conversation.id = :conversation"
                + (before == null ? "" : " AND m.createdAt <= :at AND (m.createdAt < :at OR m.id < :id)")
                + " ORDER BY m.createdAt DESC, m.id DESC";
        TypedQuery<Message> query = em.createQuery(jpql, Message.class).setParameter("conversation", conversationId);
        if (before != null) {
            query.setParameter("at", before.at()).setParameter("id", before.id());
        }
        query.setHint("eclipselink.batch", "m.attachments");
        query.setHint("eclipselink.batch.type", "IN");
        List<Message> newestFirst = new ArrayList<>(query.setMaxResults(limit).getResultList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /**
     * The next outgoing message due to be sent, locked for this transaction; rows other senders hold are skipped.
     * Within a conversation only the oldest queued message is due, so customers get replies in the order written
     * (a message waiting for a retry holds back those after it).
     */
    public Optional<Message> claimNextOutgoing(Instant now) {
        List<?> ids = em.createNativeQuery("SELECT m.id FROM message m WHERE m.delivery_status = 'QUEUED' "
                        + "AND m.next_send_at <= ? AND NOT EXISTS (SELECT 1 FROM message earlier "
                        + "WHERE earlier.conversation_id = m.conversation_id AND earlier.delivery_status = 'QUEUED' "
                        + "AND earlier.id < m.id) "
                        + "ORDER BY m.next_send_at, m.id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).getResultList();
        return ids.isEmpty() ? Optional.empty() : find(((Number) ids.get(0)).longValue());
    }

    /** Outgoing messages of a conversation sent at or before a delivery or read watermark, not yet marked so. */
    public List<Message> outgoingUpTo(long conversationId, Instant watermark) {
        return em.createQuery("SELECT m FROM Message m WHERE m.conversation.id = :conversation "
                        + "AND m.messageType = io.livedesk.domain.message.MessageType.OUTGOING "
                        + "AND m.deliveryStatus IN (io.livedesk.domain.message.DeliveryStatus.SENT, "
                        + "io.livedesk.domain.message.DeliveryStatus.DELIVERED) AND COALESCE(m.sentAt, m.createdAt) <= :watermark",
                        Message.class)
                .setParameter("conversation", conversationId).setParameter("watermark", watermark)
                .getResultList();
    }
}
