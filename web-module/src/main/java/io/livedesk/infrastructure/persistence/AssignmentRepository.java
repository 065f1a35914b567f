package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.account.User;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What automatic assignment reads and writes besides the conversation itself: who could take it, how loaded they
 * are, the round-robin rotation, and the queue of conversations waiting for an agent.
 */
@ApplicationScoped
public class AssignmentRepository {

    @PersistenceContext(unitName = "livedesk")
    EntityManager em;

    /** The conversation, locked: two servers deciding for it at once take turns, and the second sees it assigned. */
    public Optional<Conversation> lockConversation(long conversationId) {
        return Optional.ofNullable(em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Locks the candidates' rows in id order, so that concurrent assignments that could give work to the same
     * agents take turns and each counts the other's result (nobody goes over capacity).
     */
    public void lockAgents(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        em.createQuery("SELECT u FROM User u WHERE u.id IN :ids ORDER BY u.id", User.class)
                .setParameter("ids", userIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** Everyone who could be a candidate: the inbox's members and the members of every team (a rule may pick one). */
    public List<Long> candidateIds(long inboxId) {
        List<Long> ids = new java.util.ArrayList<>(em.createQuery("SELECT DISTINCT m.id FROM Inbox i JOIN i.members m "
                + "WHERE i.id = :inbox", Long.class).setParameter("inbox", inboxId).getResultList());
        ids.addAll(em.createQuery("SELECT DISTINCT m.id FROM Team t JOIN t.members m", Long.class).getResultList());
        return ids.stream().distinct().toList();
    }

    public List<Team> teamsWithMembers() {
        return em.createQuery("SELECT DISTINCT t FROM Team t LEFT JOIN FETCH t.members", Team.class).getResultList();
    }

    /** Open conversations assigned to each of these agents. */
    public Map<Long, Integer> openConversationsOf(Collection<Long> userIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (userIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("SELECT c.assigneeId, COUNT(c) FROM Conversation c WHERE c.assigneeId IN "
                        + ":ids AND c.status = io.livedesk.domain.conversation.ConversationStatus.OPEN "
                        + "GROUP BY c.assigneeId", Object[].class)
                .setParameter("ids", userIds).getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** Each member's place in the inbox's rotation: the number of their last assignment (absent: never). */
    public Map<Long, Long> rotationOf(long inboxId) {
        Map<Long, Long> rotation = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT user_id, last_assigned_seq FROM assignment_rotation "
                + "WHERE inbox_id = ?").setParameter(1, inboxId).getResultList()) {
            Object[] columns = (Object[]) row;
            rotation.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return rotation;
    }

    /**
     * The agent goes to the back of the inbox's rotation. Called with the candidates locked, so the inbox's
     * numbers are read and written by one assignment at a time.
     */
    public void rotate(long inboxId, long userId) {
        long next = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(last_assigned_seq), 0) + 1 "
                + "FROM assignment_rotation WHERE inbox_id = ?").setParameter(1, inboxId).getSingleResult())
                .longValue();
        int updated = em.createNativeQuery("UPDATE assignment_rotation SET last_assigned_seq = ? "
                + "WHERE inbox_id = ? AND user_id = ?").setParameter(1, next).setParameter(2, inboxId)
                .setParameter(3, userId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO assignment_rotation (inbox_id, user_id, last_assigned_seq) "
                    + "VALUES (?, ?, ?)").setParameter(1, inboxId).setParameter(2, userId).setParameter(3, next)
                    .executeUpdate();
        }
    }

    /**
     * Read without a lock: whether the conversation may still need an assignee. A conversation that goes on with
     * its agent is answered by this one read; a true answer is checked again under the lock.
     */
    public boolean mayNeedAssignee(long conversationId) {
        return !em.createQuery("SELECT c.id FROM Conversation c WHERE c.id = :id AND c.assigneeId IS NULL "
                        + "AND c.aiAssigneeId IS NULL AND c.status <> io.livedesk.domain.conversation.ConversationStatus.RESOLVED "
                        + "AND c.inbox.autoAssignment = TRUE", Long.class)
                .setParameter("id", conversationId).getResultList().isEmpty();
    }

    /** A conversation waiting for an agent, and its inbox. */
    public record Waiting(long conversationId, long inboxId) {
    }

    /** The conversations waiting for an agent, oldest wait first, with their inboxes (one query). */
    public List<Waiting> queued(int limit) {
        return em.createQuery("SELECT c.id, c.inbox.id FROM Conversation c WHERE c.queuedSince IS NOT NULL "
                        + "ORDER BY c.queuedSince, c.id", Object[].class).setMaxResults(limit).getResultStream()
                .map(row -> new Waiting(((Number) row[0]).longValue(), ((Number) row[1]).longValue())).toList();
    }

    /** What the customer wrote last in the conversation (routing rules test it); null when it had no text. */
    public String latestCustomerText(long conversationId) {
        // A list, not findFirst(): a photo without text has no content, and Optional cannot hold null.
        List<String> latest = em.createQuery("SELECT m.content FROM Message m WHERE m.conversation.id = :conversation "
                        + "AND m.messageType = io.livedesk.domain.message.MessageType.INCOMING "
                        + "ORDER BY m.createdAt DESC", String.class)
                .setParameter("conversation", conversationId).setMaxResults(1).getResultList();
        return latest.isEmpty() ? null : latest.get(0);
    }

    /** Has the contact talked to this inbox before this conversation? */
    public boolean isReturning(Conversation conversation) {
        return !em.createQuery("SELECT c.id FROM Conversation c WHERE c.contact.id = :contact AND c.id <> :id",
                        Long.class).setParameter("contact", conversation.getContact().getId())
                .setParameter("id", conversation.getId()).setMaxResults(1).getResultList().isEmpty();
    }

    /** The contact's latest satisfaction rating, 0 when they never gave one. */
    public int lastCsatRating(long contactId) {
        List<Integer> ratings = em.createQuery("SELECT s.rating FROM CsatSurvey s WHERE s.conversation.contact.id = "
                        + ":contact AND s.rating IS NOT NULL ORDER BY s.respondedAt DESC", Integer.class)
                .setParameter("contact", contactId).setMaxResults(1).getResultList();
        return ratings.isEmpty() ? 0 : ratings.get(0);
    }

    /** When an agent (a person, not the system or an AI) last replied in the conversation. */
    public Instant lastAgentReplyAt(long conversationId) {
        return em.createQuery("SELECT MAX(m.createdAt) FROM Message m WHERE m.conversation.id = :conversation AND "
                        + "m.senderKind = io.livedesk.domain.message.SenderKind.AGENT", Instant.class)
                .setParameter("conversation", conversationId).getSingleResult();
    }

    public Optional<User> user(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }
}
