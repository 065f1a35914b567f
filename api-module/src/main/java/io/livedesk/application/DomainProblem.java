package io.livedesk.application;

/**
 * A request the domain refuses, with a message written for the person who made it. The REST layer turns
 * each kind into an {@code application/problem+json} response with the matching status.
 */
public abstract sealed class DomainProblem extends RuntimeException
        permits DomainProblem.NotFound, DomainProblem.Forbidden, DomainProblem.Conflict,
                DomainProblem.Invalid, DomainProblem.Unauthenticated, DomainProblem.TooManyAttempts,
                DomainProblem.ChannelFailure {

    protected DomainProblem(String message) {
        super(message, null, false, false);
    }

    /** Also used when the object exists but the actor may not see it, so ids cannot be probed. */
    public static final class NotFound extends DomainProblem {
        public NotFound(String what, Object id) {
            super(what + " " + id + " does not exist or is not visible to you.");
        }
    }

    public static final class Forbidden extends DomainProblem {
        public Forbidden(String message) { super(message); }
    }

    public static final class Conflict extends DomainProblem {
        public Conflict(String message) { super(message); }
    }

    public static final class Invalid extends DomainProblem {
        public Invalid(String message) { super(message); }
    }

    public static final class Unauthenticated extends DomainProblem {
        public Unauthenticated(String message) { super(message); }
    }

    public static final class TooManyAttempts extends DomainProblem {
        private final long retryAfterSeconds;

        public TooManyAttempts(String message, long retryAfterSeconds) {
            super(message);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() { return retryAfterSeconds; }
    }

    /** The channel's platform (Facebook) refused the request or could not be reached; its own code is kept. */
    public static final class ChannelFailure extends DomainProblem {
        private final Integer platformCode;
        private final Integer platformSubcode;

        public ChannelFailure(String message, Integer platformCode, Integer platformSubcode) {
            super(message);
            this.platformCode = platformCode;
            this.platformSubcode = platformSubcode;
        }

        public Integer platformCode() { return platformCode; }
        public Integer platformSubcode() { return platformSubcode; }
    }
}
