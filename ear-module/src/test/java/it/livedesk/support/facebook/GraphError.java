package it.livedesk.support.facebook;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Graph API error as Facebook sends it: the body (a fixture's bytes, untouched, when there is one), the HTTP status
 * of REFERENCE §9.2 and the headers that go with it ({@code WWW-Authenticate} on token and used-code errors,
 * {@code X-App-Usage} / {@code X-Business-Use-Case-Usage} on rate limits). Clients must key on {@link #code()} and
 * {@link #subcode()}; the status only has to be plausible.
 */
public final class GraphError {

    /** Stands for the Page the failing call was about, in the throttled usage header. */
    static final String PAGE_ID_PLACEHOLDER = "{page-id}";

    private static final String FIXTURE_PAGE_ID = "104857362918475";

    private final byte[] body;
    private final int code;
    private final Integer subcode;
    private final String message;
    private final int status;
    private final Map<String, String> headers;

    private GraphError(byte[] body, int code, Integer subcode, String message, int status,
            Map<String, String> headers) {
        this.body = body;
        this.code = code;
        this.subcode = subcode;
        this.message = message;
        this.status = status;
        this.headers = headers;
    }

    /** The error in a fixture file ({@code graph-error-*.json}), with its status and headers. */
    public static GraphError fixture(String fileName) {
        byte[] body = Fixtures.bytes(fileName);
        JsonObject error = FacebookJson.parseObject(new String(body, java.nio.charset.StandardCharsets.UTF_8))
                .getJsonObject("error");
        int code = error.getInt("code");
        Integer subcode = error.containsKey("error_subcode") ? error.getInt("error_subcode") : null;
        return shaped(body, code, subcode, error.getString("message"));
    }

    /** An error without a fixture, in the same shape ({@code type} OAuthException, a fresh {@code fbtrace_id}). */
    public static GraphError of(int code, Integer subcode, String message) {
        return of(code, subcode, message, "OAuthException");
    }

    static GraphError of(int code, Integer subcode, String message, String type) {
        JsonObjectBuilder error = Json.createObjectBuilder().add("message", message).add("type", type)
                .add("code", code);
        if (subcode != null) {
            error.add("error_subcode", subcode);
        }
        error.add("fbtrace_id", RandomIds.traceId());
        byte[] body = FacebookJson.GRAPH.bytes(Json.createObjectBuilder().add("error", error).build());
        return shaped(body, code, subcode, message);
    }

    /** Graph's answer for an id that is not there, or not visible to this token. */
    static GraphError unsupportedRequest(String method, String id) {
        return of(100, 33, "Unsupported " + method.toLowerCase() + " request. Object with ID '" + id + "' does not "
                + "exist, cannot be loaded due to missing permissions, or does not support this operation. Please read "
                + "the Graph API documentation at https://developers.facebook.com/docs/graph-api", "GraphMethodException");
    }

    private static GraphError shaped(byte[] body, int code, Integer subcode, String message) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (code == 190) {
            headers.put("WWW-Authenticate", wwwAuthenticate("invalid_token", message));
        }
        if (code == 100 && subcode != null && subcode == 36009) {
            headers.put("WWW-Authenticate", wwwAuthenticate("invalid_code", message));
        }
        if (code == 4) {
            headers.put("X-App-Usage", "{\"call_count\":100,\"total_cputime\":37,\"total_time\":64}");
        }
        if (code == 80006 || code == 80001) {
            String type = code == 80006 ? "messenger" : "pages";
            headers.put("X-Business-Use-Case-Usage", "{\"" + PAGE_ID_PLACEHOLDER + "\":[{\"type\":\"" + type
                    + "\",\"call_count\":100,\"total_cputime\":18,\"total_time\":23,"
                    + "\"estimated_time_to_regain_access\":19}]}");
        }
        return new GraphError(body, code, subcode, message, statusFor(code, subcode), headers);
    }

    /** REFERENCE §9.2: 400 for token and parameter errors, 403 for permissions and app limits, 500 for 1 and 2. */
    static int statusFor(int code, Integer subcode) {
        return switch (code) {
            case 1, 2 -> 500;
            case 4, 17, 32, 230 -> 403;
            case 10 -> subcode != null && (subcode == 2018278 || subcode == 2534022) ? 400 : 403;
            default -> code >= 200 && code <= 299 ? 403 : 400;
        };
    }

    static String wwwAuthenticate(String kind, String message) {
        return "OAuth \"Facebook Platform\" \"" + kind + "\" \"" + message.replace("\"", "'") + "\"";
    }

    /** The same error with another HTTP status. */
    public GraphError withStatus(int otherStatus) {
        return new GraphError(body, code, subcode, message, otherStatus, headers);
    }

    /** The same error with one more (or another) response header. */
    public GraphError withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new GraphError(body, code, subcode, message, status, more);
    }

    public int code() {
        return code;
    }

    public Integer subcode() {
        return subcode;
    }

    public String message() {
        return message;
    }

    public int status() {
        return status;
    }

    GraphResponse response(String pageId) {
        GraphResponse response = GraphResponse.bytes(status, GraphResponse.JSON, body);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            response = response.withHeader(header.getKey(),
                    header.getValue().replace(PAGE_ID_PLACEHOLDER, pageId == null ? FIXTURE_PAGE_ID : pageId));
        }
        return response;
    }

    @Override
    public String toString() {
        return "(#" + code + (subcode == null ? "" : "/" + subcode) + ") " + message + " -> HTTP " + status;
    }
}
