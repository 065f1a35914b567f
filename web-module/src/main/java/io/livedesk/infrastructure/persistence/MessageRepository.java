package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.message.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
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
}
