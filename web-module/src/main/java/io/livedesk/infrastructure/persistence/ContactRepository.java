package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.contact.Contact;
import io.livedesk.domain.contact.ContactIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ContactRepository extends Repository<Contact> {

    public ContactRepository() {
        super(Contact.class);
    }

    public Optional<ContactIdentity> findIdentity(long inboxId, String sourceId) {
        return em.createQuery("SELECT ci FROM ContactIdentity ci JOIN FETCH ci.contact "
                        + "WHERE ci.inbox.id = :inbox AND ci.sourceId = :source", ContactIdentity.class)
                .setParameter("inbox", inboxId).setParameter("source", sourceId)
                .getResultStream().findFirst();
    }

    /** The contact's id in the inbox's channel (for Facebook, the page-scoped id). */
    public Optional<String> sourceIdIn(long inboxId, long contactId) {
        return em.createQuery("SELECT i.sourceId FROM ContactIdentity i WHERE i.inbox.id = :inbox "
                        + "AND i.contact.id = :contact", String.class)
                .setParameter("inbox", inboxId).setParameter("contact", contactId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public ContactIdentity addIdentity(ContactIdentity identity) {
        em.persist(identity);
        return identity;
    }

    /** Where a contact is known: the inbox, and the contact's id in that inbox's channel. */
    public record IdentityKey(long inboxId, String sourceId) {
    }

    /**
     * Where each of these contacts is known, by contact id, oldest identity first: one query for a whole page of
     * contacts (it was a query per contact).
     */
    public Map<Long, List<IdentityKey>> identityKeysOf(Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT ci.contact.id, ci.inbox.id, ci.sourceId FROM ContactIdentity ci "
                        + "WHERE ci.contact.id IN :contacts ORDER BY ci.id", Object[].class)
                .setParameter("contacts", contactIds).getResultList();
        Map<Long, List<IdentityKey>> byContact = new HashMap<>();
        for (Object[] row : rows) {
            byContact.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new IdentityKey(((Number) row[1]).longValue(), (String) row[2]));
        }
        return byContact;
    }

    /** Whether the contact wrote to, or has a conversation in, one of these inboxes. */
    public boolean isKnownInAny(long contactId, Collection<Long> inboxIds) {
        if (inboxIds.isEmpty()) {
            return false;
        }
        return !em.createQuery("SELECT 1 FROM ContactIdentity ci WHERE ci.contact.id = :contact "
                        + "AND ci.inbox.id IN :inboxes", Integer.class)
                .setParameter("contact", contactId).setParameter("inboxes", inboxIds)
                .setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("SELECT 1 FROM Conversation c WHERE c.contact.id = :contact "
                        + "AND c.inbox.id IN :inboxes", Integer.class)
                .setParameter("contact", contactId).setParameter("inboxes", inboxIds)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Contacts newest first, optionally by name or e-mail and limited to some inboxes (null: all).
     * Keyset pagination on (created_at, id).
     */
    public List<Contact> search(String text, Collection<Long> inboxIds, KeysetCursor after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Contact c WHERE 1 = 1");
        if (inboxIds != null) {
            jpql.append(" AND (EXISTS (SELECT ci FROM ContactIdentity ci WHERE ci.contact = c AND ci.inbox.id IN :inboxes)"
                    + " OR EXISTS (SELECT cv FROM Conversation cv WHERE cv.contact = c AND cv.inbox.id IN :inboxes))");
        }
        if (text != null) {
            jpql.append(" AND (LOWER(c.name) LIKE :text OR LOWER(c.email) LIKE :text)");
        }
        if (after != null) {
            jpql.append(" AND c.createdAt <= :at AND (c.createdAt < :at OR c.id < :id)");
        }
        jpql.append(" ORDER BY c.createdAt DESC, c.id DESC");
        TypedQuery<Contact> query = em.createQuery(jpql.toString(), Contact.class);
        if (inboxIds != null) {
            query.setParameter("inboxes", inboxIds.isEmpty() ? List.of(-1L) : inboxIds);
        }
        if (text != null) {
            query.setParameter("text", "%" + text.toLowerCase() + "%");
        }
        if (after != null) {
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }
}
