package it.livedesk.workspace;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The helpdesk a browser test starts from, set up through the REST API as the administrator: an agent who is
 * a member of a new inbox, and customers writing to it. Names carry a random suffix because every test class
 * shares the one server. Also answers what the server holds afterwards, to check the browser really did it.
 */
final class TestHelpdesk {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String adminToken;

    /** An agent as the test signs them in. */
    record Agent(long id, String email, String password, String displayName, long inboxId) {
    }

    /** What a customer wrote, and the conversation and contact the server made of it. */
    record CustomerMessage(long conversationId, long contactId, String contactDisplayName, String text) {
    }

    private TestHelpdesk(String adminToken) {
        this.adminToken = adminToken;
    }

    static String baseUrl() {
        String url = System.getProperty("livedesk.test.base-url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Set -Dlivedesk.test.base-url to the server under test, e.g. http://127.0.0.1:9180");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static TestHelpdesk signedInAsAdministrator() {
        JsonObject login = Json.createObjectBuilder()
                .add("email", requiredProperty("livedesk.test.admin-email"))
                .add("password", requiredProperty("livedesk.test.admin-password")).build();
        return new TestHelpdesk(expect(200, send("POST", "/auth/login", null, login)).json().getString("token"));
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Agent anAgentOfANewInbox() {
        String suffix = unique("ws");
        String email = "agent-" + suffix + "@workspace.test";
        String password = "password-" + suffix;
        String displayName = "Agent " + suffix;
        long agentId = created(asAdmin("POST", "/users", Json.createObjectBuilder().add("email", email)
                .add("displayName", displayName).add("password", password).add("role", "AGENT").build()));
        long inboxId = created(asAdmin("POST", "/inboxes", Json.createObjectBuilder().add("name", "Workspace " + suffix).build()));
        expect(200, asAdmin("PUT", "/inboxes/" + inboxId + "/members/" + agentId, JsonValue.EMPTY_JSON_OBJECT));
        return new Agent(agentId, email, password, displayName, inboxId);
    }

    /** A customer nobody has heard of writes to the inbox: the server makes a contact and a conversation. */
    CustomerMessage aNewCustomerWrites(long inboxId, String text) {
        JsonObject receipt = expect(201, asAdmin("POST", "/inboxes/" + inboxId + "/incoming-messages",
                Json.createObjectBuilder().add("sourceId", unique("customer")).add("externalId", unique("message"))
                        .add("content", text).build())).json();
        long contactId = receipt.getJsonNumber("contactId").longValue();
        String displayName = expect(200, asAdmin("GET", "/contacts/" + contactId, null)).json().getString("displayName");
        return new CustomerMessage(receipt.getJsonNumber("conversationId").longValue(), contactId, displayName, text);
    }

    /** The conversation's messages as the server stored them, oldest first, as "TYPE: content". */
    List<String> messagesOf(long conversationId) {
        return expect(200, asAdmin("GET", "/conversations/" + conversationId + "/messages", null)).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(message -> message.getString("messageType") + ": " + message.getString("content", ""))
                .toList();
    }

    String statusOf(long conversationId) {
        return expect(200, asAdmin("GET", "/conversations/" + conversationId, null)).json()
                .getJsonObject("summary").getString("status");
    }

    /** Ends the session of a token, as signing out in another tab would. */
    static void signOut(String token) {
        expect(204, send("POST", "/auth/logout", token, null));
    }

    /** The problem detail the server gives for a call, to check the browser shows exactly that. */
    static String problemDetail(String method, String path, String token, JsonObject body) {
        Response response = send(method, path, token, body);
        if (response.status() < 400) {
            throw new AssertionError("Expected " + method + " " + path + " to fail, but got " + response);
        }
        return response.json().getString("detail");
    }

    private Response asAdmin(String method, String path, JsonObject body) {
        return send(method, path, adminToken, body);
    }

    private static long created(Response response) {
        return expect(201, response).json().getJsonNumber("id").longValue();
    }

    private static Response expect(int status, Response response) {
        if (response.status() != status) {
            throw new AssertionError("Expected HTTP " + status + " but got " + response);
        }
        return response;
    }

    private static Response send(String method, String path, String token, JsonStructure body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1" + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(method + " " + path, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set -D" + name + " for the workspace tests.");
        }
        return value;
    }

    private record Response(String call, int status, String body) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        @Override
        public String toString() {
            return call + " -> " + status + " " + body;
        }
    }
}
