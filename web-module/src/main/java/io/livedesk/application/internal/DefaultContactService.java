package io.livedesk.application.internal;

import io.livedesk.application.Actor;
import io.livedesk.application.ContactService;
import io.livedesk.application.DomainProblem;
import io.livedesk.application.Page;
import io.livedesk.domain.contact.Contact;
import io.livedesk.infrastructure.persistence.ContactRepository;
import io.livedesk.infrastructure.persistence.ContactRepository.IdentityKey;
import io.livedesk.infrastructure.persistence.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional
public class DefaultContactService implements ContactService {

    @Inject
    ContactRepository contacts;

    @Inject
    AccessGuard access;

    @Inject
    Clock clock;

    /** What the workspace shows until the channel tells us the customer's name: a label, never a made-up name. */
    static String displayName(Contact contact) {
        return contact.getName() != null && !contact.getName().isBlank()
                ? contact.getName() : "Customer #" + contact.getId();
    }

    @Override
    public ContactView create(Actor actor, ContactChanges contact) {
        // A contact made by hand belongs to no inbox yet, so only an administrator could see it afterwards.
        access.requireAdministrator(actor);
        if (contact == null || contact.name() == null || contact.name().isBlank()) {
            throw new DomainProblem.Invalid("A contact created by hand needs a name.");
        }
        Contact created = contacts.add(new Contact(contact.name().strip(), clock.instant()));
        created.edit(contact.name().strip(), contact.email(), contact.phone(), clock.instant());
        contacts.flush();
        return view(created);
    }

    @Override
    public ContactView get(Actor actor, long contactId) {
        return view(visible(actor, contactId));
    }

    @Override
    public Page<ContactView> search(Actor actor, String text, String cursor, int limit) {
        List<Long> inboxIds = access.visibleInboxIds(actor);
        KeysetCursor after = cursor == null ? null : KeysetCursor.decode(cursor);
        List<Contact> found = contacts.search(text == null || text.isBlank() ? null : text.strip(), inboxIds, after,
                limit + 1);
        boolean more = found.size() > limit;
        List<Contact> page = more ? found.subList(0, limit) : found;
        String next = more ? new KeysetCursor(page.get(limit - 1).getCreatedAt(), page.get(limit - 1).getId()).encode() : null;
        Map<Long, List<IdentityKey>> identities = contacts.identityKeysOf(page.stream().map(Contact::getId).toList());
        return new Page<>(page.stream().map(contact -> view(contact, identities.getOrDefault(contact.getId(),
                List.of()))).toList(), next);
    }

    @Override
    public ContactView change(Actor actor, long contactId, ContactChanges changes) {
        Contact contact = visible(actor, contactId);
        contact.edit(changes.name() != null ? changes.name() : contact.getName(),
                changes.email() != null ? changes.email() : contact.getEmail(),
                changes.phone() != null ? changes.phone() : contact.getPhone(), clock.instant());
        return view(contact);
    }

    Contact visible(Actor actor, long contactId) {
        Contact contact = contacts.find(contactId).orElseThrow(() -> new DomainProblem.NotFound("Contact", contactId));
        List<Long> inboxIds = access.visibleInboxIds(actor);
        if (inboxIds != null && !contacts.isKnownInAny(contactId, inboxIds)) {
            throw new DomainProblem.NotFound("Contact", contactId);
        }
        return contact;
    }

    private ContactView view(Contact contact) {
        return view(contact, contacts.identityKeysOf(List.of(contact.getId())).getOrDefault(contact.getId(), List.of()));
    }

    private static ContactView view(Contact contact, List<IdentityKey> identityKeys) {
        List<IdentityView> identities = identityKeys.stream()
                .map(key -> new IdentityView(key.inboxId(), key.sourceId())).toList();
        return new ContactView(contact.getId(), contact.getName(), displayName(contact), contact.getAvatarUrl(),
                contact.getEmail(), contact.getPhone(), contact.getLocale(), identities, contact.getCreatedAt());
    }
}
