package it.livedesk.workspace;

import static it.livedesk.support.LiveDeskApi.expect;

import it.livedesk.support.LiveDeskApi;
import it.livedesk.support.LiveDeskApi.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * The helpdesk a browser test starts from, set up through the REST API as the administrator: an agent who is
 * a member of a new inbox, and customers writing to it. Names carry a random suffix because every test class
 * shares the one server. Also answers what the server holds afterwards, to check the browser really did it.
 */
final class TestHelpdesk {

    private final LiveDeskApi admin;

    /** An agent as the test signs them in. */
    record Agent(long id, String email, String password, String displayName, long inboxId) {
    }

    /** What a customer wrote, and the conversation and contact the server made of it. */
    record CustomerMessage(long conversationId, long contactId, String contactDisplayName, String text) {
    }

    private TestHelpdesk(LiveDeskApi admin) {
        this.admin = admin;
    }

    static String baseUrl() {
        return LiveDeskApi.baseUrl();
    }

    static TestHelpdesk signedInAsAdministrator() {
        return new TestHelpdesk(LiveDeskApi.asAdministrator());
    }

    static String unique(String prefix) {
        return LiveDeskApi.unique(prefix);
    }

    Agent anAgentOfANewInbox() {
        String suffix = unique("ws");
        String email = "agent-" + suffix + "@workspace.test";
        String displayName = "Agent " + suffix;
        long agentId = admin.createAgent(email, displayName);
        long inboxId = admin.createApiInbox("Workspace " + suffix);
        admin.addMember(inboxId, agentId);
        return new Agent(agentId, email, LiveDeskApi.AGENT_PASSWORD, displayName, inboxId);
    }

    /** A customer nobody has heard of writes to the inbox: the server makes a contact and a conversation. */
    CustomerMessage aNewCustomerWrites(long inboxId, String text) {
        JsonObject receipt = admin.customerWrites(inboxId, unique("customer"), unique("message"), text);
        long contactId = receipt.getJsonNumber("contactId").longValue();
        String displayName = expect(200, admin.get("/api/v1/contacts/" + contactId)).json().getString("displayName");
        return new CustomerMessage(receipt.getJsonNumber("conversationId").longValue(), contactId, displayName, text);
    }

    /** The conversation's messages as the server stored them, oldest first, as "TYPE: content". */
    List<String> messagesOf(long conversationId) {
        return expect(200, admin.get("/api/v1/conversations/" + conversationId + "/messages")).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(message -> message.getString("messageType") + ": " + message.getString("content", ""))
                .toList();
    }

    String statusOf(long conversationId) {
        return expect(200, admin.get("/api/v1/conversations/" + conversationId)).json()
                .getJsonObject("summary").getString("status");
    }

    /** Ends the session of a token, as signing out in another tab would. */
    static void signOut(String token) {
        expect(204, LiveDeskApi.anonymous().withToken(token).post("/api/v1/auth/logout", Json.createObjectBuilder().build()));
    }

    /** The problem detail the server gives for a call, to check the browser shows exactly that. */
    static String problemDetail(String method, String path, String token, JsonObject body) {
        LiveDeskApi caller = token == null ? LiveDeskApi.anonymous() : LiveDeskApi.anonymous().withToken(token);
        ApiResponse response = caller.sendRaw(method, "/api/v1" + path, "application/json",
                body == null ? "" : body.toString());
        if (response.status() < 400) {
            throw new AssertionError("Expected " + method + " " + path + " to fail, but got " + response);
        }
        return response.json().getString("detail");
    }
}
