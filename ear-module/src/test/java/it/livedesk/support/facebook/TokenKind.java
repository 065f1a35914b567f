package it.livedesk.support.facebook;

/** What a token stands for; the endpoints differ in which kinds they accept. */
enum TokenKind {
    /** From the code exchange; lives about an hour (the fake does not expire it). */
    SHORT_LIVED_USER,
    /** From {@code grant_type=fb_exchange_token}; about sixty days. */
    LONG_LIVED_USER,
    /** A Page access token; never expires, but can be invalidated. */
    PAGE,
    /** {@code {app-id}|{app-secret}}. */
    APP;

    boolean isUser() {
        return this == SHORT_LIVED_USER || this == LONG_LIVED_USER;
    }
}
