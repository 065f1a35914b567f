package io.livedesk.application.internal;

import io.livedesk.application.AccountViews.IssuedToken;
import io.livedesk.application.AccountViews.TokenView;
import io.livedesk.application.AccountViews.UserView;
import io.livedesk.application.Actor;
import io.livedesk.application.AuthenticationService;
import io.livedesk.application.DomainProblem;
import io.livedesk.domain.account.ApiToken;
import io.livedesk.domain.account.TokenKind;
import io.livedesk.domain.account.User;
import io.livedesk.infrastructure.config.LiveDeskConfig;
import io.livedesk.infrastructure.persistence.ApiTokenRepository;
import io.livedesk.infrastructure.persistence.UserRepository;
import io.livedesk.infrastructure.security.BearerTokens;
import io.livedesk.infrastructure.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultAuthenticationService implements AuthenticationService {

    static final int MINIMUM_PASSWORD_LENGTH = 10;
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(5);

    @Inject
    UserRepository users;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    PasswordHasher passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    LiveDeskConfig config;

    @Inject
    Clock clock;

    // A hash to compare against when the e-mail is unknown, so a login takes as long either way
    // and does not reveal which addresses have accounts.
    private volatile String decoyHash;

    @Override
    public IssuedToken login(String email, String password, String clientAddress) {
        String normalized = User.normalizeEmail(email);
        throttle.checkAllowed(normalized, clientAddress);
        Optional<User> user = users.findByEmail(normalized);
        boolean matches = passwords.matches(password, user.map(User::getPasswordHash).orElseGet(this::decoyHash));
        if (user.isEmpty() || !matches || !user.get().isActive()) {
            throttle.recordFailure(normalized, clientAddress);
            throw new DomainProblem.Unauthenticated("The e-mail address or the password is wrong.");
        }
        throttle.recordSuccess(normalized);
        Instant now = clock.instant();
        return issue(user.get(), TokenKind.SESSION, "Login", now, now.plus(Duration.ofHours(config.sessionHours())));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwords.hash(BearerTokens.newToken());
        }
        return decoyHash;
    }

    private IssuedToken issue(User user, TokenKind kind, String name, Instant now, Instant expiresAt) {
        String token = BearerTokens.newToken();
        tokens.add(new ApiToken(user, kind, name, BearerTokens.hashOf(token), BearerTokens.displayPrefix(token),
                now, expiresAt));
        return new IssuedToken(token, "Bearer", expiresAt, UserView.of(user));
    }

    @Override
    public void logout(String token) {
        tokens.findByHash(BearerTokens.hashOf(token)).ifPresent(t -> t.revoke(clock.instant()));
    }

    @Override
    public Optional<Actor> authenticate(String token) {
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.findByHash(BearerTokens.hashOf(token)).filter(t -> t.isValidAt(now));
        found.filter(t -> t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION)))
                .ifPresent(t -> t.markUsed(now));
        return found.map(t -> new Actor(t.getUser().getId(), t.getUser().getRole()));
    }

    @Override
    public IssuedToken changePassword(Actor actor, String currentPassword, String newPassword) {
        User user = users.find(actor.userId()).orElseThrow(() -> new DomainProblem.NotFound("User", actor.userId()));
        if (currentPassword == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
            throw new DomainProblem.Invalid("The current password is wrong.");
        }
        requireStrongEnough(newPassword);
        Instant now = clock.instant();
        user.changePassword(passwords.hash(newPassword), now);
        tokens.revokeAll(user.getId(), now);
        return issue(user, TokenKind.SESSION, "Login", now, now.plus(Duration.ofHours(config.sessionHours())));
    }

    static void requireStrongEnough(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new DomainProblem.Invalid("A password needs at least " + MINIMUM_PASSWORD_LENGTH + " characters.");
        }
    }

    @Override
    public IssuedToken createPersonalToken(Actor actor, String name) {
        if (name == null || name.isBlank()) {
            throw new DomainProblem.Invalid("Give the token a name, so you can tell it apart later.");
        }
        User user = users.find(actor.userId()).orElseThrow(() -> new DomainProblem.NotFound("User", actor.userId()));
        return issue(user, TokenKind.PERSONAL, name.strip(), clock.instant(), null);
    }

    @Override
    public List<TokenView> listTokens(Actor actor) {
        return tokens.listActive(actor.userId(), clock.instant()).stream()
                .map(t -> new TokenView(t.getId(), t.getKind(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(),
                        t.getLastUsedAt(), t.getExpiresAt()))
                .toList();
    }

    @Override
    public void revokeToken(Actor actor, long tokenId) {
        ApiToken token = tokens.find(tokenId)
                .filter(t -> t.getUser().getId() == actor.userId())
                .orElseThrow(() -> new DomainProblem.NotFound("Token", tokenId));
        token.revoke(clock.instant());
    }
}
