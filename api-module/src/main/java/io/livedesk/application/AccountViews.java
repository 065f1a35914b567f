package io.livedesk.application;

import io.livedesk.domain.account.Availability;
import io.livedesk.domain.account.Role;
import io.livedesk.domain.account.TokenKind;
import io.livedesk.domain.account.User;
import java.time.Instant;

/** What the API shows of people and their tokens. */
public final class AccountViews {

    private AccountViews() {
    }

    public record UserView(long id, String email, String displayName, Role role, Availability availability,
                           boolean active, Instant createdAt) {
        public static UserView of(User user) {
            return new UserView(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole(),
                    user.getAvailability(), user.isActive(), user.getCreatedAt());
        }
    }

    /** A short reference to a person, as lists show an assignee or a sender. */
    public record UserRef(long id, String displayName, Availability availability) {
        public static UserRef of(User user) {
            return user == null ? null : new UserRef(user.getId(), user.getDisplayName(), user.getAvailability());
        }
    }

    /** A token as its owner sees it later: never the token itself. */
    public record TokenView(long id, TokenKind kind, String name, String prefix, Instant createdAt,
                            Instant lastUsedAt, Instant expiresAt) {
    }

    /** A token just issued: the only time the secret is shown. */
    public record IssuedToken(String token, String tokenType, Instant expiresAt, UserView user) {
    }
}
