package io.livedesk.application.internal;

import io.livedesk.application.DomainProblem;
import io.livedesk.application.InboundMessage;
import io.livedesk.application.InboundMessageService.Receipt;
import io.livedesk.domain.contact.Contact;
import io.livedesk.domain.contact.ContactIdentity;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.inbox.Inbox;
import io.livedesk.domain.message.Message;
import io.livedesk.infrastructure.persistence.ContactRepository;
import io.livedesk.infrastructure.persistence.ConversationRepository;
import io.livedesk.infrastructure.persistence.InboxRepository;
import io.livedesk.infrastructure.persistence.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Contact, conversation and message for a customer's message, in one transaction of its own. The unique
 * indexes on (inbox, external id) and (inbox, source id) are the last word on duplicates: two deliveries
 * racing each other cannot both commit, and the loser's caller retries (see {@link DefaultInboundMessageService}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class InboundMessageWriter {

    @Inject
    InboxRepository inboxes;

    @Inject
    ContactRepository contacts;

    @Inject
    ConversationRepository conversations;

    @Inject
    MessageRepository messages;

    @Inject
    Clock clock;

    /** The receipt, and when the customer's profile was last fetched (null: never), for the follow-up. */
    public record Written(Receipt receipt, Instant contactProfileFetchedAt) {
    }

    public Written write(InboundMessage inbound) {
        Inbox inbox = inboxes.find(inbound.inboxId())
                .orElseThrow(() -> new DomainProblem.NotFound("Inbox", inbound.inboxId()));
        if (inbound.sourceId() == null || inbound.sourceId().isBlank()) {
            throw new DomainProblem.Invalid("A message needs the sender's id in the channel (sourceId).");
        }
        if (inbound.externalId() != null) {
            Optional<Message> known = messages.findByExternalId(inbox.getId(), inbound.externalId());
            if (known.isPresent()) {
                Message message = known.get();
                Conversation conversation = message.getConversation();
                return new Written(new Receipt(conversation.getContact().getId(), conversation.getId(),
                        message.getId(), false, true), conversation.getContact().getProfileFetchedAt());
            }
        }
        Instant at = inbound.sentAt() == null ? clock.instant() : inbound.sentAt();
        Optional<Contact> known = contacts.findIdentity(inbox.getId(), inbound.sourceId())
                .map(ContactIdentity::getContact);
        Contact contact = known.orElseGet(() -> {
            Contact created = contacts.add(new Contact(null, clock.instant()));
            contacts.addIdentity(new ContactIdentity(created, inbox, inbound.sourceId(), clock.instant()));
            return created;
        });
        // A contact created just now has no conversation to look for.
        Optional<Conversation> active = known.isEmpty() ? Optional.empty()
                : conversations.findActiveForUpdate(inbox.getId(), contact.getId());
        Conversation conversation = active.orElseGet(() -> {
            Conversation started = new Conversation(inbox, contact, at);
            // It waits for an agent from the moment it exists. The assignment that follows the message ends the
            // wait; if that never runs (the server stopped first), the assignment queue still finds it.
            if (inbox.isAutoAssignment()) {
                started.waitForAnAgent(clock.instant());
            }
            return conversations.add(started);
        });
        boolean fromCustomer = inbound.author() != InboundMessage.Author.BUSINESS_OUTSIDE_LIVEDESK;
        Message message = fromCustomer
                ? Message.incoming(conversation, inbound.content(), inbound.externalId(), at)
                : Message.sentOutsideLiveDesk(conversation, inbound.content(), inbound.externalId(), at);
        if (inbound.contentAttributes() != null) {
            message.describeWith(inbound.contentAttributes());
        }
        if (inbound.attachments() != null) {
            inbound.attachments().forEach(a -> message.attach(a.kind(), a.url(), a.fileName()));
        }
        messages.add(message);
        if (fromCustomer) {
            conversation.customerWrote(preview(inbound), at);
        } else {
            conversation.businessWrote(preview(inbound), at);
        }
        messages.flush();
        return new Written(new Receipt(contact.getId(), conversation.getId(), message.getId(), active.isEmpty(), false),
                contact.getProfileFetchedAt());
    }

    private static String preview(InboundMessage inbound) {
        if (inbound.content() != null && !inbound.content().isBlank()) {
            return inbound.content();
        }
        if (inbound.attachments() != null && !inbound.attachments().isEmpty()) {
            return "[" + inbound.attachments().get(0).kind().name().toLowerCase() + "]";
        }
        return null;
    }
}
