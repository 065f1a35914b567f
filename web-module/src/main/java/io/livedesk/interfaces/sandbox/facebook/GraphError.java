package io.livedesk.interfaces.sandbox.facebook;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error the sandbox's Graph API answers with, in Facebook's shape:
 * {@code {"error":{"message","type":"OAuthException","code","error_subcode","fbtrace_id"}}}, with the HTTP status
 * Facebook uses for that code and, for token and code errors, its {@code WWW-Authenticate} header. Thrown by the
 * sandbox's rules and turned into a response at the edge. Clients should decide on {@code code} and
 * {@code error_subcode}, never on the status; the sandbox keeps both faithful so that mistake shows.
 */
final class GraphError extends RuntimeException {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TRACE_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final int httpStatus;
    private final int code;
    private final Integer subcode;
    private final String authenticateKind;

    private GraphError(int httpStatus, int code, Integer subcode, String message, String authenticateKind) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
        this.subcode = subcode;
        this.authenticateKind = authenticateKind;
    }

    static GraphError unknownPath(String path) {
        return new GraphError(400, 2500, null, "Unknown path components: " + path, null);
    }

    static GraphError activeTokenRequired() {
        return new GraphError(400, 2500,
                null, "An active access token must be used to query information about the current user.", null);
    }

    static GraphError invalidToken() {
        return new GraphError(400, 190, null, "Invalid OAuth access token - Cannot parse access token",
                "invalid_token");
    }

    static GraphError sessionExpired(String expiredOn, String now) {
        return new GraphError(400, 190, 463, "Error validating access token: Session has expired on " + expiredOn
                + ". The current time is " + now + ".", "invalid_token");
    }

    static GraphError pageTokenRequired() {
        return new GraphError(400, 210, null, "(#210) A page access token is required to request this resource.",
                null);
    }

    static GraphError permissionDenied(String why) {
        return new GraphError(403, 200, null, "(#200) " + why, "insufficient_scope");
    }

    static GraphError invalidParameter(String what) {
        return new GraphError(400, 100, null, "(#100) " + what, null);
    }

    static GraphError noMatchingUser() {
        return new GraphError(400, 100, 2018001, "(#100) No matching user found", null);
    }

    static GraphError unsupportedGet(String id) {
        return new GraphError(400, 100, 33, "Unsupported get request. Object with ID '" + id
                + "' does not exist, cannot be loaded due to missing permissions, or does not support this operation."
                + " Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api", null);
    }

    static GraphError unsupportedMethod(String method) {
        return new GraphError(400, 100, null, "Unsupported " + method.toLowerCase() + " request.", null);
    }

    static GraphError outsideWindow() {
        return new GraphError(400, 10, 2018278, "(#10) This message is sent outside of allowed window. Learn more"
                + " about the new policy here: https://developers.facebook.com/docs/messenger-platform/policy-overview",
                null);
    }

    static GraphError invalidAppId() {
        return new GraphError(400, 101, null, "Error validating application. Invalid application ID.", null);
    }

    static GraphError invalidClientSecret() {
        return new GraphError(400, 1, null, "Error validating client secret.", null);
    }

    static GraphError malformedCode() {
        return new GraphError(400, 100, null, "Invalid verification code format.", "invalid_code");
    }

    static GraphError codeExpired() {
        return new GraphError(400, 100, 36007, "This authorization code has expired.", "invalid_code");
    }

    static GraphError redirectUriMismatch() {
        return new GraphError(400, 100, 36008, "Error validating verification code. Please make sure your"
                + " redirect_uri is identical to the one you used in the OAuth dialog request", null);
    }

    static GraphError codeUsed() {
        return new GraphError(400, 100, 36009, "This authorization code has been used.", "invalid_code");
    }

    int httpStatus() {
        return httpStatus;
    }

    int code() {
        return code;
    }

    Integer subcode() {
        return subcode;
    }

    /** {@code OAuth "Facebook Platform" "invalid_token" "..."}, or null when Facebook sends none for this error. */
    String wwwAuthenticate() {
        return authenticateKind == null ? null
                : "OAuth \"Facebook Platform\" \"" + authenticateKind + "\" \"" + getMessage().replace("\"", "'") + "\"";
    }

    /** The body; {@code fbtrace_id} is new on every call, as Facebook's is. */
    Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", getMessage());
        error.put("type", "OAuthException");
        error.put("code", code);
        if (subcode != null) {
            error.put("error_subcode", subcode);
        }
        error.put("fbtrace_id", traceId());
        return Map.of("error", error);
    }

    private static String traceId() {
        StringBuilder id = new StringBuilder("A");
        for (int i = 0; i < 22; i++) {
            id.append(TRACE_ALPHABET.charAt(RANDOM.nextInt(TRACE_ALPHABET.length())));
        }
        return id.toString();
    }
}
