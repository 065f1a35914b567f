package io.livedesk.application.policy;

import io.livedesk.domain.conversation.Priority;
import java.util.Set;

/**
 * What the rule that decided asked for. Empty parts were not asked for: a null team or agent, a null priority
 * (leave it as it is), no labels.
 *
 * @param team  the name of the team the conversation goes to; its human is chosen among the team's members
 * @param agent the e-mail address of the agent the rule named
 */
public record RoutingAction(String team, String agent, boolean aiAgent, Priority priority, Set<String> labels) {

    public static final RoutingAction NONE = new RoutingAction(null, null, false, null, Set.of());

    public RoutingAction {
        labels = labels == null ? Set.of() : Set.copyOf(labels);
    }
}
