package io.livedesk.domain.inbox;

/** How a human agent is chosen when no routing rule or AI agent takes a conversation. */
public enum AssignmentMethod {
    /** The available member with the fewest open conversations relative to capacity; never above capacity. */
    LOAD_BASED,
    /** Members take turns in a fair rotation whose state is kept in the database. */
    ROUND_ROBIN
}
