package it.livedesk.support.facebook;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * {@code /oauth/access_token} and {@code /debug_token}: the code exchange (single-use codes, byte-equal redirect
 * URI), the long-lived exchange, the app token, and token inspection (REFERENCE §2.3–2.5).
 */
final class OAuthTokens {

    /** The permissions that are granted per Page in {@code granular_scopes}. */
    private static final Set<String> PAGE_SCOPES = Set.of("pages_show_list", "pages_messaging",
            "pages_read_engagement", "pages_manage_metadata", "pages_user_locale", "pages_user_timezone",
            "pages_user_gender");

    private final FakeFacebook fake;

    OAuthTokens(FakeFacebook fake) {
        this.fake = fake;
    }

    GraphResponse accessToken(GraphRequest request) {
        String grantType = request.parameter("grant_type");
        checkClient(request);
        if ("client_credentials".equals(grantType)) {
            return GraphResponse.json(Json.createObjectBuilder()
                    .add("access_token", fake.appId() + "|" + fake.appSecret()).add("token_type", "bearer").build());
        }
        if ("fb_exchange_token".equals(grantType)) {
            return longLived(request);
        }
        return codeExchange(request);
    }

    private void checkClient(GraphRequest request) {
        if (!fake.appId().equals(request.parameter("client_id"))) {
            throw new GraphFailure(GraphError.of(101, null, "Error validating application. Invalid application ID."));
        }
        if (!fake.appSecret().equals(request.parameter("client_secret"))) {
            throw new GraphFailure(GraphError.of(1, null, "Error validating client secret.").withStatus(400));
        }
    }

    private GraphResponse codeExchange(GraphRequest request) {
        String value = request.parameter("code");
        if (value == null || value.isBlank()) {
            throw new GraphFailure(GraphError.of(100, null, "(#100) The parameter code is required"));
        }
        AuthorizationCode code = fake.world().code(value)
                .orElseThrow(() -> new GraphFailure(GraphError.of(100, null, "Invalid verification code format.")));
        if (!code.redirectUri().equals(request.parameter("redirect_uri"))) {
            throw new GraphFailure(GraphError.fixture("graph-error-100-36008-redirect-uri-mismatch.json"));
        }
        if (!fake.world().markUsed(value)) {
            throw new GraphFailure(GraphError.fixture("graph-error-100-36009-code-used.json"));
        }
        IssuedToken token = fake.world().issueUserToken(code.user(), TokenKind.SHORT_LIVED_USER,
                code.grantedPageIds(), code.scopes());
        return tokenResponse(token);
    }

    private GraphResponse longLived(GraphRequest request) {
        String value = request.parameter("fb_exchange_token");
        if (value == null || value.isBlank()) {
            throw new GraphFailure(GraphError.of(100, null, "(#100) The parameter fb_exchange_token is required"));
        }
        IssuedToken shortLived = new AccessTokens(fake).identify(value);
        if (!shortLived.kind().isUser()) {
            throw new GraphFailure(GraphError.fixture("graph-error-190-invalid-token.json"));
        }
        IssuedToken token = fake.world().issueUserToken(shortLived.user(), TokenKind.LONG_LIVED_USER,
                shortLived.grantedPageIds(), shortLived.scopes());
        return tokenResponse(token);
    }

    private static GraphResponse tokenResponse(IssuedToken token) {
        return GraphResponse.json(Json.createObjectBuilder().add("access_token", token.value())
                .add("token_type", "bearer")
                .add("expires_in", Duration.between(token.issuedAt(), token.expiresAt()).toSeconds()).build());
    }

    GraphResponse debugToken(GraphRequest request) {
        new AccessTokens(fake).authenticate(request);
        String input = request.parameter("input_token");
        if (input == null || input.isBlank()) {
            throw new GraphFailure(GraphError.of(100, null, "(#100) The parameter input_token is required"));
        }
        return GraphResponse.json(Json.createObjectBuilder().add("data", inspect(input)).build());
    }

    private JsonObjectBuilder inspect(String value) {
        IssuedToken token = fake.world().token(value).orElse(null);
        GraphError death = fake.world().deathOf(value).orElse(null);
        if (value.equals(fake.appId() + "|" + fake.appSecret())) {
            return Json.createObjectBuilder().add("app_id", fake.appId()).add("type", "APP")
                    .add("application", fake.appName()).add("is_valid", true);
        }
        if (token == null) {
            return Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("code", 190)
                    .add("message", "Invalid OAuth access token - Cannot parse access token"))
                    .add("is_valid", false).add("scopes", Json.createArrayBuilder());
        }
        boolean page = token.kind() == TokenKind.PAGE;
        JsonObjectBuilder data = Json.createObjectBuilder().add("app_id", fake.appId())
                .add("type", page ? "PAGE" : "USER").add("application", fake.appName());
        if (death != null) {
            JsonObjectBuilder error = Json.createObjectBuilder().add("code", death.code()).add("message", death.message());
            if (death.subcode() != null) {
                error.add("subcode", death.subcode());
            }
            data.add("data_access_expires_at", 0).add("error", error).add("expires_at", 0).add("is_valid", false);
            if (page) {
                data.add("profile_id", token.page().id());
            }
            return data.add("scopes", Json.createArrayBuilder()).add("user_id", token.user().id());
        }
        Instant issued = token.issuedAt();
        data.add("data_access_expires_at", issued.plus(Duration.ofDays(90)).getEpochSecond())
                .add("expires_at", token.expiresAt() == null ? 0 : token.expiresAt().getEpochSecond())
                .add("is_valid", true).add("issued_at", issued.getEpochSecond());
        if (page) {
            data.add("profile_id", token.page().id());
        }
        return data.add("scopes", Json.createArrayBuilder(token.scopes()))
                .add("granular_scopes", granularScopes(token)).add("user_id", token.user().id());
    }

    /** Per-Page permissions list the Pages they were granted for; the others carry no target ids. */
    private JsonArrayBuilder granularScopes(IssuedToken token) {
        List<String> pageIds = token.kind() == TokenKind.PAGE ? List.of(token.page().id())
                : fake.world().pagesOf(token.user()).stream().filter(token::grants).map(FakePage::id).toList();
        JsonArrayBuilder scopes = Json.createArrayBuilder();
        for (String scope : token.scopes()) {
            if (scope.equals("public_profile")
                    || (token.kind() == TokenKind.PAGE && !Set.of("pages_messaging", "pages_manage_metadata").contains(scope))) {
                continue;
            }
            JsonObjectBuilder entry = Json.createObjectBuilder().add("scope", scope);
            if (PAGE_SCOPES.contains(scope)) {
                entry.add("target_ids", Json.createArrayBuilder(pageIds));
            }
            scopes.add(entry);
        }
        return scopes;
    }
}
