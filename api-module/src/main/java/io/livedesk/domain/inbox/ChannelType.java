package io.livedesk.domain.inbox;

/** The kind of channel an inbox is connected to. */
public enum ChannelType {
    FACEBOOK_PAGE,
    /** Conversations created through the API (tests, imports, other tools). */
    API
}
