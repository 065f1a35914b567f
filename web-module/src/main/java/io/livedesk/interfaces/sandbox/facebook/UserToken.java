package io.livedesk.interfaces.sandbox.facebook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user access token of the sandbox person, carrying what they granted in the login dialog: the Pages they
 * ticked and the permissions asked for. {@code /me/accounts} shows only those Pages, as Facebook Login for
 * Business does.
 */
record UserToken(String token, List<String> pageIds, List<String> scopes, Instant issuedAt, Instant expiresAt) {

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("token", token);
        json.put("page_ids", pageIds);
        json.put("scopes", scopes);
        json.put("issued_at", issuedAt.getEpochSecond());
        json.put("expires_at", expiresAt.getEpochSecond());
        return json;
    }

    static UserToken fromJson(Map<String, Object> json) {
        return new UserToken(Jsons.text(json, "token"), Jsons.texts(json, "page_ids"), Jsons.texts(json, "scopes"),
                Instant.ofEpochSecond(Jsons.number(json, "issued_at", 0)),
                Instant.ofEpochSecond(Jsons.number(json, "expires_at", 0)));
    }
}
