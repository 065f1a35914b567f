package it.livedesk.support.facebook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who is calling: finds the token of a Graph request and answers as Graph does when it is missing (2500), unknown
 * (190 with {@code WWW-Authenticate}) or invalidated (190 with the subcode the test chose). Also checks
 * {@code appsecret_proof} when the caller sends one, and demands it when the app "requires" it.
 */
final class AccessTokens {

    private final FakeFacebook fake;

    AccessTokens(FakeFacebook fake) {
        this.fake = fake;
    }

    IssuedToken authenticate(GraphRequest request) {
        String value = request.accessToken().orElseThrow(() -> new GraphFailure(GraphError.of(2500, null,
                "An active access token must be used to query information about the current user.")));
        IssuedToken token = identify(value);
        checkProof(request, value);
        return token;
    }

    /** The token behind a value, or the error Graph gives for it. */
    IssuedToken identify(String value) {
        if (value.equals(fake.appId() + "|" + fake.appSecret())) {
            return new IssuedToken(value, TokenKind.APP, null, null, Set.of(), List.of(), null, null);
        }
        fake.world().deathOf(value).ifPresent(error -> {
            throw new GraphFailure(error);
        });
        return fake.world().token(value)
                .orElseThrow(() -> new GraphFailure(GraphError.fixture("graph-error-190-invalid-token.json")));
    }

    private void checkProof(GraphRequest request, String token) {
        String proof = request.parameter("appsecret_proof");
        if (proof == null) {
            if (fake.appSecretProofRequired()) {
                throw new GraphFailure(GraphError.of(100, null,
                        "API calls from the server require an appsecret_proof argument", "GraphMethodException"));
            }
            return;
        }
        if (!proof.equalsIgnoreCase(proofOf(token, fake.appSecret()))) {
            throw new GraphFailure(GraphError.of(100, null, "Invalid appsecret_proof provided in the API argument",
                    "GraphMethodException"));
        }
    }

    /** Hex HMAC-SHA256 of the token keyed with the app secret (REFERENCE §1). */
    static String proofOf(String token, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Page token for this Page, or the error Graph gives when a user token or another Page's token is used. */
    static FakePage requirePageToken(IssuedToken token, FakePage page) {
        if (token.kind() != TokenKind.PAGE) {
            throw new GraphFailure(GraphError.of(210, null,
                    "(#210) A page access token is required to request this resource."));
        }
        if (page != null && !token.page().id().equals(page.id())) {
            throw new GraphFailure(GraphError.fixture("graph-error-200-permissions.json"));
        }
        return token.page();
    }

    static void requireUserToken(IssuedToken token) {
        if (!token.kind().isUser()) {
            throw new GraphFailure(GraphError.of(100, null,
                    "(#100) Tried accessing nonexisting field (accounts) on node type (Page)"));
        }
    }
}
