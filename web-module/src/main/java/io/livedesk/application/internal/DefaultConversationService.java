package io.livedesk.application.internal;

import io.livedesk.application.Actor;
import io.livedesk.application.ConversationService;
import io.livedesk.application.DomainProblem;
import io.livedesk.application.Page;
import io.livedesk.domain.account.User;
import io.livedesk.domain.ai.AiAgent;
import io.livedesk.domain.assignment.AssignmentDecision;
import io.livedesk.domain.contact.Contact;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.conversation.ConversationStatus;
import io.livedesk.domain.conversation.Priority;
import io.livedesk.domain.inbox.Inbox;
import io.livedesk.domain.label.Label;
import io.livedesk.domain.message.Message;
import io.livedesk.domain.team.Team;
import io.livedesk.infrastructure.persistence.AssignmentDecisionRepository;
import io.livedesk.infrastructure.persistence.ContactRepository;
import io.livedesk.infrastructure.persistence.ConversationRepository;
import io.livedesk.infrastructure.persistence.ConversationRepository.Criteria;
import io.livedesk.infrastructure.persistence.InboxRepository;
import io.livedesk.infrastructure.persistence.KeysetCursor;
import io.livedesk.infrastructure.persistence.LabelRepository;
import io.livedesk.infrastructure.persistence.MessageRepository;
import io.livedesk.infrastructure.persistence.TeamRepository;
import io.livedesk.infrastructure.persistence.UserRepository;
import io.livedesk.application.ChannelGateway;
import io.livedesk.infrastructure.config.LiveDeskConfig;
import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.message.AttachmentKind;
import io.livedesk.domain.message.DeliveryStatus;
import io.livedesk.domain.message.SenderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultConversationService implements ConversationService {

    static final int MAX_MESSAGE_LENGTH = 20_000;
    private static final int DECISIONS_SHOWN = 10;

    @Inject
    ConversationRepository conversations;

    @Inject
    MessageRepository messages;

    @Inject
    InboxRepository inboxes;

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    @Inject
    LabelRepository labels;

    @Inject
    AssignmentDecisionRepository decisions;

    @Inject
    ContactRepository contactRepository;

    @Inject
    DefaultContactService contacts;

    @Inject
    AccessGuard access;

    @Inject
    Clock clock;

    @Inject
    ChannelGateway gateway;

    @Inject
    LiveDeskConfig config;

    @Inject
    Event<MessageQueued> queued;

    @Inject
    AutomaticMessages automaticMessages;

    @Inject
    Event<AssignmentQueue.AgentFreed> queueWake;

    @Override
    public Page<ConversationSummary> list(Actor actor, ListQuery query) {
        AssigneeFilter assignee = query.assignee() == null ? AssigneeFilter.ANY : query.assignee();
        Criteria criteria = new Criteria(
                actor.isAdministrator() ? null : actor.userId(),
                query.inboxId(), query.status(),
                assignee == AssigneeFilter.MINE ? Long.valueOf(actor.userId()) : query.assigneeId(),
                assignee == AssigneeFilter.UNASSIGNED,
                query.teamId(),
                query.label() == null || query.label().isBlank() ? null : Label.normalizeTitle(query.label()),
                query.text() == null || query.text().isBlank() ? null : query.text().strip());
        KeysetCursor after = query.cursor() == null ? null : KeysetCursor.decode(query.cursor());
        List<Conversation> found = conversations.list(criteria, after, query.limit() + 1);
        boolean more = found.size() > query.limit();
        List<Conversation> page = more ? found.subList(0, query.limit()) : found;
        String next = null;
        if (more) {
            Conversation last = page.get(page.size() - 1);
            next = new KeysetCursor(last.getLastActivityAt(), last.getId()).encode();
        }
        return new Page<>(page.stream().map(ConversationViews::summary).toList(), next);
    }

    @Override
    public ConversationDetail get(Actor actor, long conversationId) {
        return detail(access.conversationToRead(actor, conversationId));
    }

    @Override
    public Page<MessageView> messages(Actor actor, long conversationId, String cursor, int limit) {
        access.conversationToRead(actor, conversationId);
        KeysetCursor before = cursor == null ? null : KeysetCursor.decode(cursor);
        List<Message> found = messages.latestBefore(conversationId, before, limit + 1);
        boolean more = found.size() > limit;
        // Oldest first: when there are more, the extra one is the oldest and stays out of the page.
        List<Message> page = more ? found.subList(1, found.size()) : found;
        String next = more ? new KeysetCursor(page.get(0).getCreatedAt(), page.get(0).getId()).encode() : null;
        return new Page<>(page.stream().map(ConversationViews::message).toList(), next);
    }

    @Override
    public ConversationDetail start(Actor actor, long inboxId, long contactId) {
        Inbox inbox = access.inbox(actor, inboxId);
        Contact contact = actor.isAdministrator()
                ? contactRepository.find(contactId).orElseThrow(() -> new DomainProblem.NotFound("Contact", contactId))
                : contacts.visible(actor, contactId);
        Conversation conversation = conversations.findActive(inboxId, contactId).orElse(null);
        if (conversation != null) {
            throw new DomainProblem.Conflict("Contact " + contactId + " already has conversation "
                    + conversation.getId() + " open in this inbox.");
        }
        conversation = conversations.add(new Conversation(inbox, contact, clock.instant()));
        conversations.flush();
        return detail(conversation);
    }

    @Override
    public MessageView reply(Actor actor, long conversationId, String content) {
        return reply(actor, conversationId, content, List.of());
    }

    @Override
    public MessageView reply(Actor actor, long conversationId, String content, List<OutgoingAttachment> files) {
        Conversation conversation = access.conversation(actor, conversationId);
        List<OutgoingAttachment> attachments = files == null ? List.of() : files;
        if (attachments.isEmpty() || content != null && !content.isBlank()) {
            requireContent(content);
        }
        List<ChannelGateway.Attachment> sendable = attachments.stream().map(this::sendable).toList();
        User agent = me(actor);
        Instant now = clock.instant();
        if (conversation.getInbox().getChannelType() != ChannelType.API) {
            String refusal = gateway.refusalBeforeSending(new ChannelGateway.OutgoingMessage(0, conversation.getInbox()
                    .getId(), null, content, sendable, SenderKind.AGENT, conversation.getLastCustomerMessageAt(), 0,
                    0), now);
            if (refusal != null) {
                throw new DomainProblem.Conflict(refusal);
            }
        }
        String text = content == null || content.isBlank() ? null : content;
        Message message = Message.replyFrom(agent, conversation, text, now);
        for (int i = 0; i < attachments.size(); i++) {
            message.attach(attachments.get(i).kind(), sendable.get(i).url(), attachments.get(i).fileName());
        }
        messages.add(message);
        conversation.businessWrote(text != null ? text : "[" + attachments.get(0).kind().name().toLowerCase() + "]",
                now);
        messages.flush();
        queued.fire(new MessageQueued(message.getId()));
        return ConversationViews.message(message);
    }

    /** A file to send must be a web link the channel can fetch: LiveDesk's own files are linked by the public URL. */
    private ChannelGateway.Attachment sendable(OutgoingAttachment attachment) {
        if (attachment == null || attachment.kind() == null || attachment.url() == null) {
            throw new DomainProblem.Invalid("Each attachment needs a kind (IMAGE, VIDEO, AUDIO, FILE) and a url.");
        }
        if (!java.util.Set.of(AttachmentKind.IMAGE, AttachmentKind.VIDEO, AttachmentKind.AUDIO, AttachmentKind.FILE)
                .contains(attachment.kind())) {
            throw new DomainProblem.Invalid("Messenger sends images, videos, audio and files; not " + attachment.kind()
                    + ".");
        }
        String url = attachment.url().startsWith("/files/") ? config.publicUrl() + attachment.url() : attachment.url();
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new DomainProblem.Invalid("An attachment's url is a web link or a LiveDesk file (/files/...).");
        }
        return new ChannelGateway.Attachment(attachment.kind(), url);
    }

    @Override
    public MessageView retrySending(Actor actor, long conversationId, long messageId) {
        Conversation conversation = access.conversation(actor, conversationId);
        Message message = messages.find(messageId)
                .filter(m -> m.getConversation().getId().equals(conversation.getId()))
                .orElseThrow(() -> new DomainProblem.NotFound("Message", messageId));
        if (!message.isOutgoing() || message.getDeliveryStatus() != DeliveryStatus.FAILED) {
            throw new DomainProblem.Conflict("Only a message that failed to send can be sent again.");
        }
        Instant now = clock.instant();
        String refusal = gateway.refusalBeforeSending(new ChannelGateway.OutgoingMessage(message.getId(),
                conversation.getInbox().getId(), null, message.getContent(), List.of(), message.getSenderKind(),
                conversation.getLastCustomerMessageAt(), message.getPartsSent(), 0), now);
        if (refusal != null) {
            throw new DomainProblem.Conflict(refusal);
        }
        message.requeue(now);
        messages.flush();
        queued.fire(new MessageQueued(message.getId()));
        return ConversationViews.message(message);
    }

    @Override
    public MessageView addPrivateNote(Actor actor, long conversationId, String content) {
        Conversation conversation = access.conversation(actor, conversationId);
        requireContent(content);
        Message message = messages.add(Message.privateNote(me(actor), conversation, content, clock.instant()));
        messages.flush();
        return ConversationViews.message(message);
    }

    @Override
    public ConversationDetail assign(Actor actor, long conversationId, Long userId, Long aiAgentId) {
        Conversation conversation = access.conversation(actor, conversationId);
        Instant now = clock.instant();
        String explanation;
        if (userId != null && aiAgentId != null) {
            throw new DomainProblem.Invalid("Assign to a person or to an AI agent, not both.");
        } else if (userId != null) {
            User assignee = users.find(userId).filter(User::isActive)
                    .orElseThrow(() -> new DomainProblem.Invalid("User " + userId + " does not exist or is deactivated."));
            if (!inboxes.isMember(conversation.getInbox().getId(), userId)) {
                throw new DomainProblem.Invalid(assignee.getDisplayName() + " is not a member of the inbox "
                        + conversation.getInbox().getName() + ".");
            }
            conversation.assignTo(assignee, now);
            explanation = "Assigned by hand to " + assignee.getDisplayName() + ".";
        } else if (aiAgentId != null) {
            AiAgent agent = inboxes.findAiAgent(aiAgentId)
                    .filter(a -> a.getInbox().getId().equals(conversation.getInbox().getId()))
                    .orElseThrow(() -> new DomainProblem.Invalid("AI agent " + aiAgentId + " does not belong to this inbox."));
            conversation.assignTo(agent, now);
            explanation = "Assigned by hand to the AI agent " + agent.getName() + ".";
        } else {
            conversation.unassign(now);
            explanation = "Unassigned by hand.";
        }
        decisions.add(AssignmentDecision.manual(conversation, me(actor), explanation, now));
        decisions.flush();
        queueWake.fire(new AssignmentQueue.AgentFreed());
        return detail(conversation);
    }

    @Override
    public ConversationDetail assignTeam(Actor actor, long conversationId, Long teamId) {
        Conversation conversation = access.conversation(actor, conversationId);
        Team team = teamId == null ? null
                : teams.find(teamId).orElseThrow(() -> new DomainProblem.Invalid("Team " + teamId + " does not exist."));
        conversation.assignTeam(team, clock.instant());
        return detail(conversation);
    }

    @Override
    public ConversationDetail changeStatus(Actor actor, long conversationId, ConversationStatus status,
                                           Instant snoozedUntil) {
        Conversation conversation = access.conversation(actor, conversationId);
        Instant now = clock.instant();
        if (status == null) {
            throw new DomainProblem.Invalid("Status is one of OPEN, PENDING, SNOOZED, RESOLVED.");
        }
        switch (status) {
            case OPEN -> conversation.open(now);
            case PENDING -> conversation.markPending(now);
            case RESOLVED -> {
                conversation.resolve(now);
                automaticMessages.afterResolved(conversation);
                queueWake.fire(new AssignmentQueue.AgentFreed());
            }
            case SNOOZED -> {
                if (snoozedUntil == null || !snoozedUntil.isAfter(now)) {
                    throw new DomainProblem.Invalid("Snoozing needs a snoozedUntil time in the future.");
                }
                conversation.snoozeUntil(snoozedUntil, now);
            }
        }
        return detail(conversation);
    }

    @Override
    public ConversationDetail changePriority(Actor actor, long conversationId, Priority priority) {
        Conversation conversation = access.conversation(actor, conversationId);
        if (priority == null) {
            throw new DomainProblem.Invalid("Priority is one of NONE, LOW, MEDIUM, HIGH, URGENT.");
        }
        conversation.prioritize(priority, clock.instant());
        return detail(conversation);
    }

    @Override
    public ConversationDetail replaceLabels(Actor actor, long conversationId, Set<String> titles) {
        Conversation conversation = access.conversation(actor, conversationId);
        Set<String> wanted = titles == null ? Set.of()
                : titles.stream().map(Label::normalizeTitle).collect(Collectors.toSet());
        List<Label> found = labels.findByTitles(wanted);
        Set<String> missing = new HashSet<>(wanted);
        found.forEach(label -> missing.remove(label.getTitle()));
        if (!missing.isEmpty()) {
            throw new DomainProblem.Invalid("Unknown labels: " + String.join(", ", missing.stream().sorted().toList())
                    + ". An administrator creates labels first.");
        }
        conversation.getLabels().clear();
        found.forEach(conversation::addLabel);
        return detail(conversation);
    }

    private ConversationDetail detail(Conversation conversation) {
        return new ConversationDetail(ConversationViews.summary(conversation), conversation.getSnoozedUntil(),
                conversation.getLastCustomerMessageAt(), conversation.getResolvedAt(), conversation.getReferral(),
                conversation.getInbox().getChannelType() == ChannelType.API ? null
                        : gateway.replyWindow(conversation.getLastCustomerMessageAt(), clock.instant()),
                decisions.latestOf(conversation.getId(), DECISIONS_SHOWN).stream()
                        .map(ConversationViews::decision).toList());
    }

    private User me(Actor actor) {
        return users.find(actor.userId()).orElseThrow(() -> new DomainProblem.Unauthenticated("Sign in again."));
    }

    private static void requireContent(String content) {
        if (content == null || content.isBlank()) {
            throw new DomainProblem.Invalid("A message needs some text.");
        }
        if (content.length() > MAX_MESSAGE_LENGTH) {
            throw new DomainProblem.Invalid("A message is at most " + MAX_MESSAGE_LENGTH + " characters.");
        }
    }
}
