package io.livedesk.domain.account;

/** What a person may do in LiveDesk. The names are also the Jakarta Security group and role names. */
public enum Role {
    /** Manages inboxes, channels, members, agents and rules; sees every conversation. */
    ADMINISTRATOR,
    /** Answers conversations of the inboxes they are a member of. */
    AGENT;

    public static final String ADMINISTRATOR_NAME = "ADMINISTRATOR";
    public static final String AGENT_NAME = "AGENT";
}
