package io.livedesk.application.internal;

import io.livedesk.application.policy.CandidateAgent;
import io.livedesk.application.policy.ConversationFacts;
import io.livedesk.application.policy.InboxFacts;
import io.livedesk.application.policy.OpeningHours;
import io.livedesk.application.policy.Referral;
import io.livedesk.domain.account.User;
import io.livedesk.domain.ai.AiAgent;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.inbox.Inbox;
import io.livedesk.domain.label.Label;
import io.livedesk.domain.team.Team;
import io.livedesk.infrastructure.persistence.AssignmentRepository;
import io.livedesk.infrastructure.persistence.InboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads what the policies decide from, out of the database: the inbox, the conversation, the candidate agents. */
@ApplicationScoped
public class AssignmentFacts {

    /** Looked up once: {@code Json.create...} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    AssignmentRepository assignments;

    @Inject
    InboxRepository inboxes;

    public InboxFacts inbox(Inbox inbox) {
        return new InboxFacts(inbox.getId(), inbox.getName(), inbox.getChannelType(), inbox.getAssignmentMethod(),
                enabledAiAgent(inbox).isPresent(), openingHours(inbox));
    }

    public Optional<AiAgent> enabledAiAgent(Inbox inbox) {
        return inboxes.aiAgentsOf(inbox.getId()).stream().filter(AiAgent::isEnabled).findFirst();
    }

    public static OpeningHours openingHours(Inbox inbox) {
        return new OpeningHours(inbox.isBusinessHoursEnabled(), inbox.zone(), inbox.getBusinessHours().stream()
                .map(slot -> new OpeningHours.Slot(slot.getDayOfWeek(), slot.getOpensAt(), slot.getClosesAt()))
                .toList(), Set.of());
    }

    public ConversationFacts conversation(Conversation conversation, String latestCustomerText) {
        return new ConversationFacts(conversation.getId(), latestCustomerText, conversation.getContact().getLocale(),
                assignments.isReturning(conversation),
                assignments.lastCsatRating(conversation.getContact().getId()),
                conversation.getLabels().stream().map(Label::getTitle).collect(Collectors.toSet()),
                referral(conversation.getReferral()));
    }

    /**
     * Everyone a rule could send the conversation to: the inbox's members and the members of every team (a rule
     * may choose a team), each with what the rules exclude on (membership, availability, load, capacity) and
     * their place in the inbox's rotation.
     */
    public List<CandidateAgent> candidates(Inbox inbox) {
        Map<Long, User> people = new HashMap<>();
        Map<Long, Set<String>> teamsOf = new HashMap<>();
        inbox.getMembers().forEach(member -> people.put(member.getId(), member));
        for (Team team : assignments.teamsWithMembers()) {
            for (User member : team.getMembers()) {
                people.put(member.getId(), member);
                teamsOf.computeIfAbsent(member.getId(), id -> new HashSet<>()).add(team.getName());
            }
        }
        people.values().removeIf(user -> !user.isActive());
        Set<Long> memberIds = inbox.getMembers().stream().map(User::getId).collect(Collectors.toSet());
        Map<Long, Integer> open = assignments.openConversationsOf(people.keySet());
        Map<Long, Long> rotation = assignments.rotationOf(inbox.getId());
        return people.values().stream()
                .map(user -> new CandidateAgent(user.getId(), user.getEmail(), user.getDisplayName(),
                        user.getAvailability(), memberIds.contains(user.getId()),
                        teamsOf.getOrDefault(user.getId(), Set.of()), open.getOrDefault(user.getId(), 0),
                        inbox.getAgentCapacity(), rotation.getOrDefault(user.getId(), 0L)))
                .toList();
    }

    private static Referral referral(String json) {
        if (json == null || json.isBlank()) {
            return Referral.NONE;
        }
        try {
            JsonObject referral = JSON.createReader(new StringReader(json)).readObject();
            return new Referral(referral.getString("ref", ""), referral.getString("source", ""),
                    referral.getString("ad_id", ""));
        } catch (RuntimeException unreadable) {
            return Referral.NONE;
        }
    }
}
