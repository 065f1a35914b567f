package it.livedesk.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.microshed.testing.ApplicationEnvironment;

/**
 * A REST client for the LiveDesk the build started (found through MicroShed Testing's environment), signed in
 * as somebody or nobody. Tests share one server, so everything a test creates carries a unique suffix.
 */
public final class LiveDeskApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static volatile String baseUrl;

    private final String token;

    private LiveDeskApi(String token) {
        this.token = token;
    }

    public static String baseUrl() {
        if (baseUrl == null) {
            String url = ApplicationEnvironment.Resolver.load().getApplicationURL();
            baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        return baseUrl;
    }

    public static LiveDeskApi anonymous() {
        return new LiveDeskApi(null);
    }

    public static LiveDeskApi asAdministrator() {
        return signIn(System.getProperty("livedesk.test.admin-email"), System.getProperty("livedesk.test.admin-password"));
    }

    public static LiveDeskApi signIn(String email, String password) {
        ApiResponse response = anonymous().post("/api/v1/auth/login",
                Json.createObjectBuilder().add("email", email).add("password", password).build());
        if (response.status() != 200) {
            throw new IllegalStateException("Login of " + email + " failed: " + response);
        }
        return new LiveDeskApi(response.json().getString("token"));
    }

    public LiveDeskApi withToken(String otherToken) {
        return new LiveDeskApi(otherToken);
    }

    public String token() {
        return token;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public ApiResponse get(String path) {
        return send("GET", path, null);
    }

    /** A GET that accepts any media type, for endpoints that are not JSON (metrics, pages). */
    public ApiResponse getAnything(String path) {
        return execute(request(path).setHeader("Accept", "*/*").GET());
    }

    /** A part of a file, as a video or audio player asks for it ({@code Range: bytes=...}). */
    public ApiResponse getPart(String path, String range) {
        return execute(request(path).setHeader("Accept", "*/*").setHeader("Range", range).GET());
    }

    public ApiResponse post(String path, JsonValue body) {
        return send("POST", path, body.toString());
    }

    public ApiResponse put(String path, JsonValue body) {
        return send("PUT", path, body == null ? "{}" : body.toString());
    }

    public ApiResponse patch(String path, JsonValue body) {
        return send("PATCH", path, body.toString());
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null);
    }

    /** For the tests of bad input: a body sent exactly as given. */
    public ApiResponse sendRaw(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return execute(request);
    }

    private ApiResponse send(String method, String path, String body) {
        HttpRequest.Builder request = request(path);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return execute(request);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).setHeader("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static ApiResponse execute(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // Set-up steps that many tests need, written once.

    /** Creates an agent and returns their id; the password is {@link #AGENT_PASSWORD}. */
    public long createAgent(String email, String name) {
        return create("/api/v1/users", Json.createObjectBuilder().add("email", email).add("displayName", name)
                .add("password", AGENT_PASSWORD).add("role", "AGENT").build());
    }

    public static final String AGENT_PASSWORD = "agent-password-for-tests";

    public long createApiInbox(String name) {
        return create("/api/v1/inboxes", Json.createObjectBuilder().add("name", name).build());
    }

    public void addMember(long inboxId, long userId) {
        expect(200, put("/api/v1/inboxes/" + inboxId + "/members/" + userId, null));
    }

    /** A customer's message arriving in an API inbox; returns the receipt (contactId, conversationId, ...). */
    public JsonObject customerWrites(long inboxId, String sourceId, String externalId, String content) {
        ApiResponse response = post("/api/v1/inboxes/" + inboxId + "/incoming-messages", Json.createObjectBuilder()
                .add("sourceId", sourceId).add("externalId", externalId).add("content", content).build());
        if (response.status() != 201 && response.status() != 200) {
            throw new IllegalStateException("Delivering a customer message failed: " + response);
        }
        return response.json();
    }

    private long create(String path, JsonObject body) {
        ApiResponse response = post(path, body);
        return expect(201, response).json().getJsonNumber("id").longValue();
    }

    public static ApiResponse expect(int status, ApiResponse response) {
        if (response.status() != status) {
            throw new AssertionError("Expected HTTP " + status + " but got " + response);
        }
        return response;
    }

    /** What came back: status, body and content type, with the body read as JSON on demand. */
    public record ApiResponse(int status, String body, String contentType, java.net.http.HttpHeaders headers) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray jsonArray() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
