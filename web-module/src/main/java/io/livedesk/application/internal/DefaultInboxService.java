package io.livedesk.application.internal;

import io.livedesk.application.AccountViews.UserRef;
import io.livedesk.application.Actor;
import io.livedesk.application.DomainProblem;
import io.livedesk.application.InboxService;
import io.livedesk.domain.account.User;
import io.livedesk.domain.ai.AiAgent;
import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.inbox.FacebookPageChannel;
import io.livedesk.domain.inbox.Inbox;
import io.livedesk.infrastructure.persistence.InboxRepository;
import io.livedesk.infrastructure.persistence.UserRepository;
import io.livedesk.infrastructure.security.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultInboxService implements InboxService {

    static final int MAX_AGENT_CAPACITY = 1_000;
    static final int MAX_MESSAGE_LENGTH = 2_000;

    @Inject
    InboxRepository inboxes;

    @Inject
    UserRepository users;

    @Inject
    AccessGuard access;

    @Inject
    SecretCipher secrets;

    @Inject
    Clock clock;

    @Override
    public InboxView createApiInbox(Actor actor, String name) {
        access.requireAdministrator(actor);
        requireName(name);
        Inbox inbox = inboxes.add(new Inbox(name.strip(), ChannelType.API, clock.instant()));
        inboxes.flush();
        return view(inbox);
    }

    @Override
    public InboxView get(Actor actor, long inboxId) {
        return view(access.inbox(actor, inboxId));
    }

    @Override
    public List<InboxView> list(Actor actor) {
        List<Inbox> visible = actor.isAdministrator() ? inboxes.listAll() : inboxes.listForMember(actor.userId());
        List<Long> ids = visible.stream().map(Inbox::getId).toList();
        Map<Long, FacebookPageChannel> channels = inboxes.facebookChannelsOf(ids);
        Map<Long, List<AiAgent>> aiAgents = inboxes.aiAgentsOf(ids);
        return visible.stream().map(inbox -> view(inbox, Optional.ofNullable(channels.get(inbox.getId())),
                aiAgents.getOrDefault(inbox.getId(), List.of()))).toList();
    }

    @Override
    public InboxView changeSettings(Actor actor, long inboxId, SettingsChanges changes) {
        access.requireAdministrator(actor);
        Inbox inbox = access.inbox(actor, inboxId);
        Instant now = clock.instant();
        if (changes.name() != null) {
            requireName(changes.name());
            inbox.rename(changes.name().strip(), now);
        }
        if (changes.greetingEnabled() != null || changes.greetingMessage() != null) {
            boolean enabled = changes.greetingEnabled() != null ? changes.greetingEnabled() : inbox.isGreetingEnabled();
            String message = changes.greetingMessage() != null ? changes.greetingMessage() : inbox.getGreetingMessage();
            requireMessage("greeting message", message, enabled);
            inbox.configureGreeting(enabled, message, now);
        }
        if (changes.csatEnabled() != null) {
            inbox.configureCsat(changes.csatEnabled(), now);
        }
        if (changes.autoAssignment() != null || changes.assignmentMethod() != null || changes.agentCapacity() != null) {
            int capacity = changes.agentCapacity() != null ? changes.agentCapacity() : inbox.getAgentCapacity();
            if (capacity < 1 || capacity > MAX_AGENT_CAPACITY) {
                throw new DomainProblem.Invalid("Agent capacity is from 1 to " + MAX_AGENT_CAPACITY
                        + " open conversations per agent.");
            }
            inbox.configureAssignment(
                    changes.autoAssignment() != null ? changes.autoAssignment() : inbox.isAutoAssignment(),
                    changes.assignmentMethod() != null ? changes.assignmentMethod() : inbox.getAssignmentMethod(),
                    capacity, now);
        }
        return view(inbox);
    }

    @Override
    public InboxView changeBusinessHours(Actor actor, long inboxId, BusinessHoursChanges changes) {
        access.requireAdministrator(actor);
        Inbox inbox = access.inbox(actor, inboxId);
        ZoneId zone;
        try {
            zone = ZoneId.of(changes.timeZone() == null ? inbox.getTimeZone() : changes.timeZone());
        } catch (DateTimeException e) {
            throw new DomainProblem.Invalid("'" + changes.timeZone() + "' is not a time zone; use a name such as "
                    + "Europe/Paris or America/New_York.");
        }
        requireMessage("out-of-office message", changes.outOfOfficeMessage(), changes.enabled());
        List<SlotView> slots = changes.slots() == null ? List.of() : changes.slots();
        if (changes.enabled() && slots.isEmpty()) {
            throw new DomainProblem.Invalid("Business hours need at least one time slot when they are enabled.");
        }
        List<Inbox.Slot> domainSlots = new ArrayList<>();
        for (SlotView slot : slots) {
            if (slot == null || slot.day() == null || slot.opensAt() == null || slot.closesAt() == null) {
                throw new DomainProblem.Invalid("Each slot needs a day (MONDAY..SUNDAY), opensAt and closesAt (HH:mm).");
            }
            if (slot.opensAt().equals(slot.closesAt())) {
                throw new DomainProblem.Invalid("A slot on " + slot.day() + " opens and closes at the same time.");
            }
            domainSlots.add(new Inbox.Slot(slot.day(), slot.opensAt(), slot.closesAt()));
        }
        inbox.configureBusinessHours(changes.enabled(), zone, changes.outOfOfficeMessage(), domainSlots, clock.instant());
        inboxes.flush();
        return view(inbox);
    }

    @Override
    public InboxView addMember(Actor actor, long inboxId, long userId) {
        access.requireAdministrator(actor);
        Inbox inbox = access.inbox(actor, inboxId);
        User user = users.find(userId).orElseThrow(() -> new DomainProblem.NotFound("User", userId));
        if (!inbox.hasMember(user)) {
            inbox.addMember(user);
        }
        return view(inbox);
    }

    @Override
    public InboxView removeMember(Actor actor, long inboxId, long userId) {
        access.requireAdministrator(actor);
        Inbox inbox = access.inbox(actor, inboxId);
        inbox.getMembers().removeIf(member -> member.getId() == userId);
        return view(inbox);
    }

    @Override
    public AiAgentView addAiAgent(Actor actor, long inboxId, NewAiAgent aiAgent) {
        access.requireAdministrator(actor);
        Inbox inbox = access.inbox(actor, inboxId);
        if (aiAgent.name() == null || aiAgent.name().isBlank()) {
            throw new DomainProblem.Invalid("An AI agent needs a name.");
        }
        String model = aiAgent.model() == null || aiAgent.model().isBlank() ? "gpt-4o-mini" : aiAgent.model().strip();
        AiAgent agent = new AiAgent(inbox, aiAgent.name().strip(), model, aiAgent.instructions(),
                blankToNull(aiAgent.apiKey()) == null ? null : secrets.encrypt(aiAgent.apiKey().strip()), clock.instant());
        if (aiAgent.enabled()) {
            agent.enable(clock.instant());
        }
        inboxes.addAiAgent(agent);
        inboxes.flush();
        return view(agent);
    }

    @Override
    public AiAgentView changeAiAgent(Actor actor, long inboxId, long aiAgentId, AiAgentChanges changes) {
        access.requireAdministrator(actor);
        access.inbox(actor, inboxId);
        AiAgent agent = inboxes.findAiAgent(aiAgentId)
                .filter(a -> a.getInbox().getId() == inboxId)
                .orElseThrow(() -> new DomainProblem.NotFound("AI agent", aiAgentId));
        Instant now = clock.instant();
        if (changes.name() != null || changes.model() != null || changes.instructions() != null) {
            String name = changes.name() != null ? changes.name().strip() : agent.getName();
            if (name.isEmpty()) {
                throw new DomainProblem.Invalid("An AI agent needs a name.");
            }
            agent.describe(name, changes.model() != null ? changes.model().strip() : agent.getModel(),
                    changes.instructions() != null ? changes.instructions() : agent.getInstructions(), now);
        }
        if (changes.apiKey() != null) {
            agent.replaceApiKey(changes.apiKey().isBlank() ? null : secrets.encrypt(changes.apiKey().strip()), now);
        }
        if (Boolean.TRUE.equals(changes.enabled())) {
            agent.enable(now);
        } else if (Boolean.FALSE.equals(changes.enabled())) {
            agent.disable(now);
        }
        return view(agent);
    }

    @Override
    public List<AiAgentView> listAiAgents(Actor actor, long inboxId) {
        access.inbox(actor, inboxId);
        return inboxes.aiAgentsOf(inboxId).stream().map(DefaultInboxService::view).toList();
    }

    private InboxView view(Inbox inbox) {
        return view(inbox, inboxes.facebookChannelOf(inbox.getId()), inboxes.aiAgentsOf(inbox.getId()));
    }

    private static InboxView view(Inbox inbox, Optional<FacebookPageChannel> facebookChannel, List<AiAgent> agents) {
        BusinessHoursView hours = new BusinessHoursView(inbox.isBusinessHoursEnabled(), inbox.getTimeZone(),
                inbox.getOutOfOfficeMessage(), inbox.getBusinessHours().stream()
                .map(slot -> new SlotView(slot.getDayOfWeek(), slot.getOpensAt(), slot.getClosesAt()))
                .sorted(Comparator.comparing(SlotView::day).thenComparing(SlotView::opensAt)).toList());
        ChannelView channel = facebookChannel.map(DefaultInboxService::view).orElse(null);
        List<UserRef> members = inbox.getMembers().stream()
                .sorted(Comparator.comparing(User::getDisplayName)).map(UserRef::of).toList();
        List<AiAgentView> aiAgents = agents.stream().map(DefaultInboxService::view).toList();
        return new InboxView(inbox.getId(), inbox.getName(), inbox.getChannelType(), inbox.isGreetingEnabled(),
                inbox.getGreetingMessage(), inbox.isCsatEnabled(), inbox.isAutoAssignment(),
                inbox.getAssignmentMethod(), inbox.getAgentCapacity(), hours, channel, members, aiAgents,
                inbox.getCreatedAt());
    }

    static ChannelView view(FacebookPageChannel channel) {
        return new ChannelView(channel.getPageId(), channel.getPageName(), channel.getSubscriptionState(),
                channel.getSubscribedFields(), channel.isReauthorizationRequired(), channel.getLastErrorCode(),
                channel.getLastErrorSubcode(), channel.getLastErrorMessage(), channel.getConnectedAt());
    }

    static AiAgentView view(AiAgent agent) {
        return new AiAgentView(agent.getId(), agent.getInbox().getId(), agent.getName(), agent.getModel(),
                agent.getInstructions(), agent.getEncryptedApiKey() != null, agent.isEnabled(), agent.getCreatedAt());
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new DomainProblem.Invalid("An inbox needs a name of at most 200 characters.");
        }
    }

    private static void requireMessage(String what, String message, boolean enabled) {
        if (enabled && (message == null || message.isBlank())) {
            throw new DomainProblem.Invalid("Write the " + what + " before enabling it.");
        }
        if (message != null && message.length() > MAX_MESSAGE_LENGTH) {
            throw new DomainProblem.Invalid("The " + what + " is at most " + MAX_MESSAGE_LENGTH + " characters.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
