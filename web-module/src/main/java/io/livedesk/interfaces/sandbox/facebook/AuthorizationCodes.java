package io.livedesk.interfaces.sandbox.facebook;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes the login dialog hands to LiveDesk's redirect URI. As Facebook's, each is short-lived, bound to the
 * redirect URI it was issued for, and good for one exchange only: a second exchange of the same code fails with
 * 100/36009, which is what a callback that runs twice (a reloaded page) will meet in production.
 *
 * <p>Kept in memory only: a code outlives no restart, and none needs to.
 */
@ApplicationScoped
public class AuthorizationCodes {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    /** What the person granted in the dialog, and where the code was sent. */
    record Grant(List<String> pageIds, List<String> scopes, String redirectUri) {
    }

    private record Issued(Grant grant, Instant issuedAt, boolean used) {
    }

    private final Map<String, Issued> codes = new HashMap<>();

    synchronized String issue(Grant grant, Instant now) {
        codes.values().removeIf(issued -> issued.issuedAt().plus(LIFETIME.multipliedBy(6)).isBefore(now));
        String code = FacebookIds.authorizationCode();
        codes.put(code, new Issued(grant, now, false));
        return code;
    }

    /** The grant behind the code, which can then never be redeemed again; or the error Facebook gives. */
    synchronized Grant redeem(String code, String redirectUri, Instant now) {
        Issued issued = code == null ? null : codes.get(code);
        if (issued == null) {
            throw GraphError.malformedCode();
        }
        if (issued.used()) {
            throw GraphError.codeUsed();
        }
        if (!now.isBefore(issued.issuedAt().plus(LIFETIME))) {
            throw GraphError.codeExpired();
        }
        if (!issued.grant().redirectUri().equals(redirectUri)) {
            throw GraphError.redirectUriMismatch();
        }
        codes.put(code, new Issued(issued.grant(), issued.issuedAt(), true));
        return issued.grant();
    }
}
