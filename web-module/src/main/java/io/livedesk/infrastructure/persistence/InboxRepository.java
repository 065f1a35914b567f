package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.ai.AiAgent;
import io.livedesk.domain.inbox.FacebookPageChannel;
import io.livedesk.domain.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class InboxRepository extends Repository<Inbox> {

    public InboxRepository() {
        super(Inbox.class);
    }

    /** Every inbox, with its business hours and members read along (one query each for the whole list). */
    public List<Inbox> listAll() {
        return withSettingsReadAlong(em.createQuery("SELECT i FROM Inbox i ORDER BY i.name, i.id", Inbox.class))
                .getResultList();
    }

    /** The inboxes the user is a member of, with their business hours and members read along. */
    public List<Inbox> listForMember(long userId) {
        return withSettingsReadAlong(em.createQuery("SELECT i FROM Inbox i JOIN i.members m WHERE m.id = :user "
                        + "ORDER BY i.name, i.id", Inbox.class))
                .setParameter("user", userId).getResultList();
    }

    /**
     * EclipseLink's batch reading (its documented query hints, named here as strings so that the code does not
     * depend on EclipseLink's classes): each collection of the whole list in one more query, not one per inbox.
     */
    private static TypedQuery<Inbox> withSettingsReadAlong(TypedQuery<Inbox> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "i.businessHours")
                .setHint("eclipselink.batch", "i.members");
    }

    /** The Facebook channels of these inboxes, by inbox id. */
    public Map<Long, FacebookPageChannel> facebookChannelsOf(Collection<Long> inboxIds) {
        if (inboxIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c FROM FacebookPageChannel c WHERE c.inbox.id IN :inboxes",
                        FacebookPageChannel.class)
                .setParameter("inboxes", inboxIds).getResultStream()
                .collect(Collectors.toMap(channel -> channel.getInbox().getId(), channel -> channel));
    }

    /** The AI agents of these inboxes, by inbox id, oldest first. */
    public Map<Long, List<AiAgent>> aiAgentsOf(Collection<Long> inboxIds) {
        if (inboxIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM AiAgent a WHERE a.inbox.id IN :inboxes ORDER BY a.id", AiAgent.class)
                .setParameter("inboxes", inboxIds).getResultStream()
                .collect(Collectors.groupingBy(agent -> agent.getInbox().getId()));
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
