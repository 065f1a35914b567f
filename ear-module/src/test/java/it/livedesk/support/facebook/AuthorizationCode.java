package it.livedesk.support.facebook;

import java.util.List;
import java.util.Set;

/**
 * A code the login dialog handed out: for whom, for which redirect URI (the exchange must repeat it byte for byte),
 * and what was granted. Codes are single-use.
 */
record AuthorizationCode(String value, FakeUser user, String clientId, String redirectUri, Set<String> grantedPageIds,
        List<String> scopes) {
}
