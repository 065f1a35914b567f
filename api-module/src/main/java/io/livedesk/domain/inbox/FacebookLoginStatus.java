package io.livedesk.domain.inbox;

/** Where an administrator's "Log in with Facebook" stands. */
public enum FacebookLoginStatus {
    /** Sent to Facebook's login dialog; waiting for Facebook to send the administrator back. */
    AWAITING_FACEBOOK,
    /** Facebook sent the administrator back; LiveDesk is exchanging the code for a token (once only). */
    EXCHANGING_CODE,
    /** Back from Facebook with a token: the administrator picks the Page to connect. */
    CHOOSING_PAGE,
    /** A Page was connected; the login is used up. */
    CONNECTED,
    /** The administrator cancelled or refused the permissions in Facebook's dialog. */
    CANCELLED,
    /** Facebook refused the code or the token; the problem says why. */
    FAILED
}
