package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.ai.AiAgent;
import io.livedesk.domain.inbox.FacebookPageChannel;
import io.livedesk.domain.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InboxRepository extends Repository<Inbox> {

    public InboxRepository() {
        super(Inbox.class);
    }

    public List<Inbox> listAll() {
        return em.createQuery("SELECT i FROM Inbox i ORDER BY i.name, i.id", Inbox.class).getResultList();
    }

    public List<Inbox> listForMember(long userId) {
        return em.createQuery("SELECT i FROM Inbox i JOIN i.members m WHERE m.id = :user ORDER BY i.name, i.id",
                        Inbox.class)
                .setParameter("user", userId).getResultList();
    }

    public boolean isMember(long inboxId, long userId) {
        return !em.createQuery("SELECT 1 FROM Inbox i JOIN i.members m WHERE i.id = :inbox AND m.id = :user",
                        Integer.class)
                .setParameter("inbox", inboxId).setParameter("user", userId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<FacebookPageChannel> facebookChannelOf(long inboxId) {
        return em.createQuery("SELECT c FROM FacebookPageChannel c WHERE c.inbox.id = :inbox", FacebookPageChannel.class)
                .setParameter("inbox", inboxId).getResultStream().findFirst();
    }

    public Optional<FacebookPageChannel> facebookChannelOfPage(String pageId) {
        return em.createQuery("SELECT c FROM FacebookPageChannel c JOIN FETCH c.inbox WHERE c.pageId = :page",
                        FacebookPageChannel.class)
                .setParameter("page", pageId).getResultStream().findFirst();
    }

    /** The inbox of each of these Pages that is connected now, by Page id. */
    public java.util.Map<String, Long> connectedInboxesOfPages(java.util.Collection<String> pageIds) {
        java.util.Map<String, Long> inboxes = new java.util.HashMap<>();
        if (pageIds.isEmpty()) {
            return inboxes;
        }
        for (Object[] row : em.createQuery("SELECT c.pageId, c.inbox.id FROM FacebookPageChannel c WHERE c.pageId IN "
                + ":pages AND c.encryptedPageToken IS NOT NULL", Object[].class).setParameter("pages", pageIds)
                .getResultList()) {
            inboxes.put((String) row[0], ((Number) row[1]).longValue());
        }
        return inboxes;
    }

    public FacebookPageChannel addFacebookChannel(FacebookPageChannel channel) {
        em.persist(channel);
        return channel;
    }

    public List<AiAgent> aiAgentsOf(long inboxId) {
        return em.createQuery("SELECT a FROM AiAgent a WHERE a.inbox.id = :inbox ORDER BY a.id", AiAgent.class)
                .setParameter("inbox", inboxId).getResultList();
    }

    public Optional<AiAgent> findAiAgent(long aiAgentId) {
        return Optional.ofNullable(em.find(AiAgent.class, aiAgentId));
    }

    public AiAgent addAiAgent(AiAgent agent) {
        em.persist(agent);
        return agent;
    }
}
