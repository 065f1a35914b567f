package io.livedesk.application.policy;

/** Why an agent could not take a conversation. */
public enum Exclusion {
    /** Not a member of the conversation's inbox. */
    NOT_A_MEMBER("not a member of the inbox"),
    /** A routing rule chose a team the agent is not in. */
    NOT_IN_TEAM("not in the chosen team"),
    /** A routing rule named another agent. */
    NOT_THE_NAMED_AGENT("not the agent the rule named"),
    /** Busy or offline. */
    UNAVAILABLE("unavailable"),
    /** Already has as many open conversations as their capacity allows. */
    AT_CAPACITY("at capacity");

    private final String description;

    Exclusion(String description) {
        this.description = description;
    }

    public String describe() {
        return description;
    }
}
