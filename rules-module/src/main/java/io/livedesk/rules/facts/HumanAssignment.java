package io.livedesk.rules.facts;

/**
 * A human agent is to take the conversation: what the deciding rule asked for (a team, a named agent) and
 * whether the inbox is open. The candidate agents are facts beside it
 * ({@link io.livedesk.application.policy.CandidateAgent}).
 */
public final class HumanAssignment {

    private final long inboxId;
    private final String team;
    private final String agent;
    private final boolean businessHoursOpen;

    public HumanAssignment(long inboxId, String team, String agent, boolean businessHoursOpen) {
        this.inboxId = inboxId;
        this.team = team;
        this.agent = agent;
        this.businessHoursOpen = businessHoursOpen;
    }

    public long getInboxId() { return inboxId; }
    /** The team a routing rule chose, or null. */
    public String getTeam() { return team; }
    /** The e-mail address of the agent a routing rule named, or null. */
    public String getAgent() { return agent; }
    public boolean isBusinessHoursOpen() { return businessHoursOpen; }
}
