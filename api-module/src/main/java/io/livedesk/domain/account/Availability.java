package io.livedesk.domain.account;

/** Whether an agent takes new conversations right now. Only ONLINE agents are assigned automatically. */
public enum Availability {
    ONLINE, BUSY, OFFLINE
}
