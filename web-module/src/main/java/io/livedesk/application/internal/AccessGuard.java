package io.livedesk.application.internal;

import io.livedesk.application.Actor;
import io.livedesk.application.DomainProblem;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.inbox.Inbox;
import io.livedesk.infrastructure.persistence.ConversationRepository;
import io.livedesk.infrastructure.persistence.InboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Who may reach what. Administrators reach everything; an agent reaches the inboxes they are a member of and
 * their conversations. Whatever an actor may not reach is reported as not found, so ids cannot be probed.
 */
@ApplicationScoped
public class AccessGuard {

    @Inject
    InboxRepository inboxes;

    @Inject
    ConversationRepository conversations;

    public void requireAdministrator(Actor actor) {
        if (!actor.isAdministrator()) {
            throw new DomainProblem.Forbidden("Only an administrator may do this.");
        }
    }

    public Inbox inbox(Actor actor, long inboxId) {
        Inbox inbox = inboxes.find(inboxId).orElseThrow(() -> new DomainProblem.NotFound("Inbox", inboxId));
        if (!actor.isAdministrator() && !inboxes.isMember(inboxId, actor.userId())) {
            throw new DomainProblem.NotFound("Inbox", inboxId);
        }
        return inbox;
    }

    /**
     * A conversation the actor is about to change, locked until the transaction ends: changes by agents and by the
     * background (assignment, automatic messages) then take turns instead of one failing on the other's version.
     */
    public Conversation conversation(Actor actor, long conversationId) {
        return visible(actor, conversationId, conversations.findForUpdate(conversationId));
    }

    /** A conversation the actor only reads. */
    public Conversation conversationToRead(Actor actor, long conversationId) {
        return visible(actor, conversationId, conversations.find(conversationId));
    }

    private Conversation visible(Actor actor, long conversationId, java.util.Optional<Conversation> found) {
        Conversation conversation = found
                .orElseThrow(() -> new DomainProblem.NotFound("Conversation", conversationId));
        if (!actor.isAdministrator() && !inboxes.isMember(conversation.getInbox().getId(), actor.userId())) {
            throw new DomainProblem.NotFound("Conversation", conversationId);
        }
        return conversation;
    }

    /** The inboxes an actor may see: null for an administrator, meaning all of them. */
    public List<Long> visibleInboxIds(Actor actor) {
        if (actor.isAdministrator()) {
            return null;
        }
        return inboxes.listForMember(actor.userId()).stream().map(Inbox::getId).toList();
    }
}
