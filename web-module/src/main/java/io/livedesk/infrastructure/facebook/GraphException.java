package io.livedesk.infrastructure.facebook;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * A Graph API call that did not succeed: Facebook's error object (code, subcode, type, message, trace id), or a
 * network failure. What LiveDesk does about it is decided on the code and subcode, never on the message text
 * (REFERENCE §9.3): the questions below are the only places that know the numbers.
 */
public class GraphException extends RuntimeException {

    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613, 80001, 80006);
    private static final Set<Integer> WINDOW_CLOSED_SUBCODES = Set.of(2018278, 2534022);
    private static final int USER_UNAVAILABLE_SUBCODE = 1545041;

    private final int httpStatus;
    private final Integer code;
    private final Integer subcode;
    private final String type;
    private final String fbtraceId;
    private final boolean markedTransient;
    private final Duration retryAfter;

    public GraphException(int httpStatus, Integer code, Integer subcode, String type, String message, String fbtraceId,
                          boolean markedTransient, Duration retryAfter) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
        this.subcode = subcode;
        this.type = type;
        this.fbtraceId = fbtraceId;
        this.markedTransient = markedTransient;
        this.retryAfter = retryAfter;
    }

    /** Facebook could not be reached, or answered something that is not Graph's error shape. */
    public static GraphException unreachable(String what, Throwable cause) {
        GraphException e = new GraphException(0, null, null, null, what, null, true, null);
        e.initCause(cause);
        return e;
    }

    /** The token no longer works (190, any subcode; 102): only an administrator's new login fixes it. */
    public boolean tokenInvalid() {
        return code != null && (code == 190 || code == 102);
    }

    /** Too many calls: wait (REFERENCE §10). */
    public boolean rateLimited() {
        return code != null && RATE_LIMIT_CODES.contains(code);
    }

    /** The 24-hour (or 7-day) reply window has closed for this customer. */
    public boolean replyWindowClosed() {
        return code != null && code == 10 && subcode != null && WINDOW_CLOSED_SUBCODES.contains(subcode);
    }

    /** The customer blocked the Page, deactivated, or cannot be reached. */
    public boolean recipientUnavailable() {
        return code != null && (code == 551 || (subcode != null && subcode == USER_UNAVAILABLE_SUBCODE));
    }

    /** Worth trying again later: network trouble, Facebook's own failures (1, 2), rate limits, or marked transient. */
    public boolean retryable() {
        if (tokenInvalid() || replyWindowClosed() || recipientUnavailable()) {
            return false;
        }
        return code == null || code == 1 || code == 2 || rateLimited() || markedTransient || httpStatus >= 500;
    }

    /** The wait Facebook asked for (usage headers), if it named one. */
    public Optional<Duration> retryAfter() { return Optional.ofNullable(retryAfter); }

    public int httpStatus() { return httpStatus; }
    public Integer code() { return code; }
    public Integer subcode() { return subcode; }
    public String type() { return type; }
    public String fbtraceId() { return fbtraceId; }

    /** For people: what went wrong and what to do, with Facebook's own code kept for support. */
    public String explanation() {
        String why;
        if (tokenInvalid()) {
            why = "Facebook no longer accepts the Page's access token; an administrator must log in with Facebook again";
        } else if (replyWindowClosed()) {
            why = "Messenger's reply window for this customer has closed";
        } else if (recipientUnavailable()) {
            why = "This person isn't available on Messenger right now (blocked the Page or deactivated)";
        } else if (rateLimited()) {
            why = "Facebook's rate limit was reached";
        } else if (code == null) {
            why = "Facebook could not be reached";
        } else if (code == 100) {
            why = "Facebook rejected the request as invalid";
        } else if (code == 10 || code == 230 || (code >= 200 && code <= 299)) {
            why = "The Facebook app lacks a permission for this";
        } else {
            why = "Facebook refused the request";
        }
        String codes = code == null ? "" : " (code " + code + (subcode == null ? "" : "/" + subcode) + ")";
        return why + codes + ": " + getMessage();
    }
}
