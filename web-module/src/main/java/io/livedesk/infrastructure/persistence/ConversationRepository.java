package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.conversation.ConversationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ConversationRepository extends Repository<Conversation> {

    public ConversationRepository() {
        super(Conversation.class);
    }

    /** How a list is narrowed. Null fields do not narrow it. */
    public record Criteria(Long visibleToMember, Long inboxId, ConversationStatus status, Long assigneeId,
                           boolean unassignedOnly, Long teamId, String label, String text) {
    }

    /**
     * One page of conversations, newest activity first, with what a list row shows fetched in the same
     * statement (inbox, contact, assignee, AI assignee, team) and the labels of the whole page in one more.
     * Every criterion matches a leading column of one of the list indexes, and the cursor is a range on
     * (last_activity_at, id), so a deep page reads as few rows as the first.
     */
    public List<Conversation> list(Criteria criteria, KeysetCursor after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Conversation c JOIN FETCH c.inbox JOIN FETCH c.contact "
                + "LEFT JOIN FETCH c.assignee LEFT JOIN FETCH c.aiAssignee LEFT JOIN FETCH c.team WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.visibleToMember() != null) {
            jpql.append(" AND c.inbox.id IN (SELECT mi.id FROM Inbox mi JOIN mi.members mm WHERE mm.id = :member)");
            parameters.put("member", criteria.visibleToMember());
        }
        if (criteria.inboxId() != null) {
            jpql.append(" AND c.inbox.id = :inbox");
            parameters.put("inbox", criteria.inboxId());
        }
        if (criteria.status() != null) {
            jpql.append(" AND c.status = :status");
            parameters.put("status", criteria.status());
        }
        if (criteria.assigneeId() != null) {
            jpql.append(" AND c.assigneeId = :assignee");
            parameters.put("assignee", criteria.assigneeId());
        }
        if (criteria.unassignedOnly()) {
            jpql.append(" AND c.assigneeId IS NULL AND c.aiAssigneeId IS NULL");
        }
        if (criteria.teamId() != null) {
            jpql.append(" AND c.team.id = :team");
            parameters.put("team", criteria.teamId());
        }
        if (criteria.label() != null) {
            jpql.append(" AND EXISTS (SELECT lc FROM Conversation lc JOIN lc.labels l WHERE lc = c AND l.title = :label)");
            parameters.put("label", criteria.label());
        }
        if (criteria.text() != null) {
            jpql.append(" AND (LOWER(c.contact.name) LIKE :text OR LOWER(c.contact.email) LIKE :text"
                    + " OR EXISTS (SELECT m FROM Message m WHERE m.conversation = c AND LOWER(m.content) LIKE :text))");
            parameters.put("text", "%" + criteria.text().toLowerCase(Locale.ROOT) + "%");
        }
        if (after != null) {
            // The first comparison is redundant but gives the database an index range to start from.
            jpql.append(" AND c.lastActivityAt <= :at AND (c.lastActivityAt < :at OR c.id < :id)");
            parameters.put("at", after.at());
            parameters.put("id", after.id());
        }
        jpql.append(" ORDER BY c.lastActivityAt DESC, c.id DESC");
        TypedQuery<Conversation> query = em.createQuery(jpql.toString(), Conversation.class);
        parameters.forEach(query::setParameter);
        query.setHint("eclipselink.batch", "c.labels");
        query.setHint("eclipselink.batch.type", "IN");
        return new ArrayList<>(query.setMaxResults(limit).getResultList());
    }

    /** What the automatic follow-up of a customer's message depends on: the inbox's switches and the assignee. */
    public record FollowUpSwitches(boolean greetingEnabled, String greetingMessage, boolean businessHoursEnabled,
                                   String outOfOfficeMessage, boolean autoAssignment, boolean assigned,
                                   ConversationStatus status) {
    }

    public Optional<FollowUpSwitches> followUpSwitches(long conversationId) {
        return em.createQuery("SELECT i.greetingEnabled, i.greetingMessage, i.businessHoursEnabled, "
                        + "i.outOfOfficeMessage, i.autoAssignment, c.assigneeId, c.aiAssigneeId, c.status "
                        + "FROM Conversation c JOIN c.inbox i WHERE c.id = :id", Object[].class)
                .setParameter("id", conversationId).getResultStream().findFirst()
                .map(row -> new FollowUpSwitches(Boolean.TRUE.equals(row[0]), (String) row[1],
                        Boolean.TRUE.equals(row[2]), (String) row[3], Boolean.TRUE.equals(row[4]),
                        row[5] != null || row[6] != null, (ConversationStatus) row[7]));
    }

    public Optional<Conversation> findForUpdate(long conversationId) {
        return Optional.ofNullable(em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The conversation a new message from this contact belongs to: the latest one not resolved. */
    public Optional<Conversation> findActive(long inboxId, long contactId) {
        return activeQuery(inboxId, contactId).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The same, locked until the transaction ends: messages of one customer arriving at once then append to
     * the conversation one after the other instead of failing on its version.
     */
    public Optional<Conversation> findActiveForUpdate(long inboxId, long contactId) {
        // No row limit here: H2 rejects the LIMIT ... FOR UPDATE that EclipseLink writes, and a customer has
        // one active conversation per inbox (rarely two), so all of them are locked and the latest is taken.
        return activeQuery(inboxId, contactId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    /** The customer's latest conversation in the inbox, resolved or not: where delivery and read reports belong. */
    public Optional<Conversation> findLatest(long inboxId, long contactId) {
        return em.createQuery("SELECT c FROM Conversation c WHERE c.inbox.id = :inbox AND c.contact.id = :contact "
                        + "ORDER BY c.lastActivityAt DESC, c.id DESC", Conversation.class)
                .setParameter("inbox", inboxId).setParameter("contact", contactId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private TypedQuery<Conversation> activeQuery(long inboxId, long contactId) {
        return em.createQuery("SELECT c FROM Conversation c WHERE c.inbox.id = :inbox AND c.contact.id = :contact "
                        + "AND c.status <> :resolved ORDER BY c.lastActivityAt DESC, c.id DESC", Conversation.class)
                .setParameter("inbox", inboxId).setParameter("contact", contactId)
                .setParameter("resolved", ConversationStatus.RESOLVED);
    }
}
