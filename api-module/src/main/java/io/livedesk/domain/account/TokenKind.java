package io.livedesk.domain.account;

/** Where a bearer token came from. */
public enum TokenKind {
    /** Issued by a login; expires and ends with logout. */
    SESSION,
    /** Created by a user for a REST client; lives until revoked. */
    PERSONAL
}
