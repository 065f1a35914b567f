package io.livedesk.domain.message;

/** Who wrote a message. */
public enum SenderKind {
    CUSTOMER,
    AGENT,
    AI_AGENT,
    /** Someone who answered in the channel's own tool (Facebook's Page inbox), outside LiveDesk. */
    PAGE_OUTSIDE_LIVEDESK,
    /** LiveDesk itself: greeting, out-of-office message, CSAT survey. */
    SYSTEM
}
