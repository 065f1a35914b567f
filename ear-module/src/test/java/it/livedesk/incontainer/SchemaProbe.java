package it.livedesk.incontainer;

import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.inbox.FacebookPageChannel;
import io.livedesk.domain.inbox.Inbox;
import io.livedesk.domain.webhook.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the database through the application's own persistence unit, for the tests' assertions. */
@ApplicationScoped
@Transactional
public class SchemaProbe {

    @PersistenceContext(unitName = "livedesk")
    EntityManager em;

    /** Every entity, queried once: a column the migrations lack or type they map wrongly fails here. */
    public List<String> entitiesThatCannotBeRead() {
        List<String> failures = new ArrayList<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            try {
                em.createQuery("SELECT e FROM " + entity.getName() + " e", entity.getJavaType())
                        .setMaxResults(5).getResultList();
            } catch (RuntimeException e) {
                failures.add(entity.getName() + ": " + e.getMessage());
            }
        }
        return failures;
    }

    public int entityCount() {
        return em.getMetamodel().getEntities().size();
    }

    public long count(String jpql, Object parameter) {
        return em.createQuery(jpql, Long.class).setParameter(1, parameter).getSingleResult();
    }

    /**
     * A Facebook Page channel as the connect flow leaves it (without a token: these tests never call Facebook),
     * or the one already there for the Page. Returns the inbox id.
     */
    public long connectedFacebookPage(String pageId, String pageName) {
        List<FacebookPageChannel> existing = em.createQuery(
                        "SELECT c FROM FacebookPageChannel c WHERE c.pageId = :page", FacebookPageChannel.class)
                .setParameter("page", pageId).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0).getInbox().getId();
        }
        Instant now = Instant.now();
        Inbox inbox = new Inbox(pageName, ChannelType.FACEBOOK_PAGE, now);
        em.persist(inbox);
        em.persist(new FacebookPageChannel(inbox, pageId, pageName, null, null, now));
        em.flush();
        return inbox.getId();
    }

    /**
     * A webhook delivery as another LiveDesk server stores it: committed to the shared table, with nothing said to
     * this server's worker. Returns its id.
     */
    public long webhookEventStoredByAnotherServer(String body) {
        WebhookEvent event = new WebhookEvent(ChannelType.FACEBOOK_PAGE, body.getBytes(StandardCharsets.UTF_8),
                Instant.now());
        em.persist(event);
        em.flush();
        return event.getId();
    }

    /** Stores a reply typed in Facebook's own Page inbox, the longest sender kind there is; returns its id. */
    public long storeReplyTypedOutsideLiveDesk() {
        Instant now = Instant.now();
        Inbox inbox = new Inbox("Outside " + now.toEpochMilli(), ChannelType.FACEBOOK_PAGE, now);
        em.persist(inbox);
        io.livedesk.domain.contact.Contact contact = new io.livedesk.domain.contact.Contact(null, now);
        em.persist(contact);
        io.livedesk.domain.conversation.Conversation conversation =
                new io.livedesk.domain.conversation.Conversation(inbox, contact, now);
        em.persist(conversation);
        io.livedesk.domain.message.Message message = io.livedesk.domain.message.Message.sentOutsideLiveDesk(
                conversation, "Typed in the Page inbox", "m_outside_" + now.toEpochMilli(), now);
        em.persist(message);
        em.flush();
        return message.getId();
    }

    /** What is stored in the AI agent's key column, as the database has it. */
    public String storedApiKey(long aiAgentId) {
        return (String) em.createNativeQuery("SELECT encrypted_api_key FROM ai_agent WHERE id = ?")
                .setParameter(1, aiAgentId).getSingleResult();
    }
}
