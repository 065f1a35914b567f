package io.livedesk.domain.csat;

/** Where a conversation's survey stands. */
public enum CsatSurveyStatus {
    SENT,
    ANSWERED,
    /** The policy decided not to send (for instance the reply window had closed); the reason is kept. */
    NOT_SENT
}
