package it.livedesk.support.facebook;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * One item of an entry's {@code messaging[]} (or {@code standby[]}) list, built by {@link MessengerEvents}.
 * {@code fromCustomer} marks the events that open Messenger's reply window (messages, postbacks, referrals,
 * reactions, edits); {@code mid} is the message id the event carries, if any.
 */
public record MessengerEvent(String pageId, String psid, JsonObject json, boolean standby, boolean fromCustomer,
        Instant time, String mid) {

    /** The same event as it arrives when another app owns the thread: under {@code standby[]}. */
    public MessengerEvent inStandby() {
        return new MessengerEvent(pageId, psid, json, true, fromCustomer, time, mid);
    }
}
