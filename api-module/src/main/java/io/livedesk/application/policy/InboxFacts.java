package io.livedesk.application.policy;

import io.livedesk.domain.inbox.AssignmentMethod;
import io.livedesk.domain.inbox.ChannelType;
import java.util.Objects;

/**
 * What the policies know about an inbox: which one it is, how human agents are chosen, whether an AI agent
 * answers there, and its opening hours.
 *
 * @param aiAgentEnabled true when the inbox has an AI agent that is switched on
 */
public record InboxFacts(long inboxId, String name, ChannelType channel, AssignmentMethod assignmentMethod,
                         boolean aiAgentEnabled, OpeningHours openingHours) {

    public InboxFacts {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(assignmentMethod, "assignmentMethod");
        name = name == null ? "" : name;
        openingHours = openingHours == null ? OpeningHours.ALWAYS_OPEN : openingHours;
    }
}
