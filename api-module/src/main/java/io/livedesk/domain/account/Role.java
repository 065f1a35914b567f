package io.livedesk.domain.account;

/** What a person may do in LiveDesk. The names are also the Jakarta Security group and role names. */
public enum Role {
    /** Manages inboxes, channels, members, agents and rules; sees every conversation. */
    ADMINISTRATOR,
    /** Answers conversations of the inboxes they are a member of. */
    AGENT,
    /**
     * A business analyst: reads, checks, simulates and publishes the rule files, and answers conversations of the
     * inboxes they are a member of like an agent; manages nothing else.
     */
    RULES_EDITOR;

    public static final String ADMINISTRATOR_NAME = "ADMINISTRATOR";
    public static final String AGENT_NAME = "AGENT";
    public static final String RULES_EDITOR_NAME = "RULES_EDITOR";
}
