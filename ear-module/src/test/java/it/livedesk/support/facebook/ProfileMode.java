package it.livedesk.support.facebook;

/** What the User Profile API answers for a customer (REFERENCE §7). */
public enum ProfileMode {
    /** The requested fields, as for someone who opted in by messaging the Page. */
    VISIBLE,
    /** {@code {}}: the app may not see this profile. */
    EMPTY,
    /** Error 100 / 2018218 "No profile available for this user." (accounts created with a phone number). */
    NO_PROFILE
}
