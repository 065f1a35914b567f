package io.livedesk.interfaces.sandbox.facebook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Messenger's reply windows. A Page may answer freely for 24 hours after the customer's last action (a message,
 * a tapped button); with the {@code HUMAN_AGENT} tag a person may answer for 7 days. After that the Send API
 * refuses with 10/2018278, which LiveDesk must show an agent rather than retry.
 */
final class MessagingWindow {

    static final Duration STANDARD = Duration.ofHours(24);
    static final Duration HUMAN_AGENT = Duration.ofDays(7);

    private MessagingWindow() {
    }

    /**
     * @param messagingType {@code RESPONSE}, {@code UPDATE} or {@code MESSAGE_TAG} (already validated)
     * @param tag           the tag sent with {@code MESSAGE_TAG}; only {@code HUMAN_AGENT} is still accepted
     */
    static void check(String messagingType, String tag, Optional<Instant> lastCustomerAction, Instant now) {
        Duration window = "MESSAGE_TAG".equals(messagingType) && "HUMAN_AGENT".equals(tag) ? HUMAN_AGENT : STANDARD;
        boolean open = lastCustomerAction.map(last -> now.isBefore(last.plus(window))).orElse(false);
        if (!open) {
            throw GraphError.outsideWindow();
        }
    }

    /** Whether a plain reply would go through now: for the customer page to show. */
    static boolean standardOpen(Optional<Instant> lastCustomerAction, Instant now) {
        return lastCustomerAction.map(last -> now.isBefore(last.plus(STANDARD))).orElse(false);
    }
}
