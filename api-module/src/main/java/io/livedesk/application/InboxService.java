package io.livedesk.application;

import io.livedesk.application.AccountViews.UserRef;
import io.livedesk.domain.inbox.AssignmentMethod;
import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.inbox.SubscriptionState;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * Inboxes and their settings, members and AI agents. Administrators change them; agents see the inboxes
 * they are members of.
 */
public interface InboxService {

    record SlotView(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
    }

    record BusinessHoursView(boolean enabled, String timeZone, String outOfOfficeMessage, List<SlotView> slots) {
    }

    record ChannelView(String pageId, String pageName, SubscriptionState subscriptionState, String subscribedFields,
                       boolean reauthorizationRequired, Integer lastErrorCode, Integer lastErrorSubcode,
                       String lastErrorMessage, Instant connectedAt) {
    }

    record AiAgentView(long id, long inboxId, String name, String model, String instructions, boolean apiKeySet,
                       boolean enabled, Instant createdAt) {
    }

    record InboxView(long id, String name, ChannelType channelType, boolean greetingEnabled, String greetingMessage,
                     boolean csatEnabled, boolean autoAssignment, AssignmentMethod assignmentMethod,
                     int agentCapacity, BusinessHoursView businessHours, ChannelView channel,
                     List<UserRef> members, List<AiAgentView> aiAgents, Instant createdAt) {
    }

    /** Fields left null stay as they are. */
    record SettingsChanges(String name, Boolean greetingEnabled, String greetingMessage, Boolean csatEnabled,
                           Boolean autoAssignment, AssignmentMethod assignmentMethod, Integer agentCapacity) {
    }

    record BusinessHoursChanges(boolean enabled, String timeZone, String outOfOfficeMessage, List<SlotView> slots) {
    }

    record NewAiAgent(String name, String model, String instructions, String apiKey, boolean enabled) {
    }

    /** Fields left null stay as they are; an empty API key removes the key. */
    record AiAgentChanges(String name, String model, String instructions, String apiKey, Boolean enabled) {
    }

    /** An inbox that is not tied to an outside channel: conversations come in through the REST API. */
    InboxView createApiInbox(Actor actor, String name);

    InboxView get(Actor actor, long inboxId);

    List<InboxView> list(Actor actor);

    InboxView changeSettings(Actor actor, long inboxId, SettingsChanges changes);

    InboxView changeBusinessHours(Actor actor, long inboxId, BusinessHoursChanges changes);

    InboxView addMember(Actor actor, long inboxId, long userId);

    InboxView removeMember(Actor actor, long inboxId, long userId);

    AiAgentView addAiAgent(Actor actor, long inboxId, NewAiAgent aiAgent);

    AiAgentView changeAiAgent(Actor actor, long inboxId, long aiAgentId, AiAgentChanges changes);

    List<AiAgentView> listAiAgents(Actor actor, long inboxId);
}
