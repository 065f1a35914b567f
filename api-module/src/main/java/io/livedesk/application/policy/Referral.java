package io.livedesk.application.policy;

/**
 * Where a customer came from, as Messenger reports it: the {@code ref} parameter of an m.me link or ad, its
 * source ({@code ADS}, {@code SHORTLINK}, {@code CUSTOMER_CHAT_PLUGIN}...), and the ad's id when an ad brought them.
 * Absent parts are empty strings, so a rule can compare them without caring about null.
 */
public record Referral(String ref, String source, String adId) {

    public static final Referral NONE = new Referral("", "", "");

    public Referral {
        ref = ref == null ? "" : ref;
        source = source == null ? "" : source;
        adId = adId == null ? "" : adId;
    }
}
