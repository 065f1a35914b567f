package it.livedesk.support.facebook;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A token the fake handed out: who it speaks for and what it may reach. {@code grantedPageIds} is {@code null} when
 * the user granted every Page they have (also Pages created later), else the Pages ticked in the dialog.
 */
record IssuedToken(String value, TokenKind kind, FakeUser user, FakePage page, Set<String> grantedPageIds,
        List<String> scopes, Instant issuedAt, Instant expiresAt) {

    boolean grants(FakePage candidate) {
        return grantedPageIds == null || grantedPageIds.contains(candidate.id());
    }
}
