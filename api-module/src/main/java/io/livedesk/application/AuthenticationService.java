package io.livedesk.application;

import io.livedesk.application.AccountViews.IssuedToken;
import io.livedesk.application.AccountViews.TokenView;
import java.util.List;
import java.util.Optional;

/** Signing in and out, and the bearer tokens that prove who is calling. */
public interface AuthenticationService {

    /**
     * Checks the password and issues a session token. Repeated failures for the same e-mail address or
     * from the same client are slowed down with {@link DomainProblem.TooManyAttempts}.
     */
    IssuedToken login(String email, String password, String clientAddress);

    /** Ends the session the given token belongs to. */
    void logout(String token);

    /** The person a bearer token belongs to, if the token is valid now. */
    Optional<Actor> authenticate(String token);

    /** Changes the password and revokes every token of the person; returns a fresh session. */
    IssuedToken changePassword(Actor actor, String currentPassword, String newPassword);

    /** A personal API token for a REST client; it lives until revoked. */
    IssuedToken createPersonalToken(Actor actor, String name);

    List<TokenView> listTokens(Actor actor);

    void revokeToken(Actor actor, long tokenId);
}
