package io.livedesk.application;

import java.time.Instant;
import java.util.List;

/** Customers. Agents see the contacts who wrote to their inboxes; administrators see all. */
public interface ContactService {

    record IdentityView(long inboxId, String sourceId) {
    }

    /** {@code displayName} is the name when known, otherwise a neutral label; never an invented name. */
    record ContactView(long id, String name, String displayName, String avatarUrl, String email, String phone,
                       String locale, List<IdentityView> identities, Instant createdAt) {
    }

    record ContactChanges(String name, String email, String phone) {
    }

    ContactView create(Actor actor, ContactChanges contact);

    ContactView get(Actor actor, long contactId);

    Page<ContactView> search(Actor actor, String text, String cursor, int limit);

    ContactView change(Actor actor, long contactId, ContactChanges changes);
}
