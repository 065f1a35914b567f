package it.livedesk.api;

import static it.livedesk.support.LiveDeskApi.expect;
import static it.livedesk.support.LiveDeskApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.livedesk.support.LiveDeskApi;
import jakarta.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Agents reach only the inboxes they are members of, and their conversations and contacts; whatever lies
 * elsewhere answers exactly like something that does not exist, so guessing ids reveals nothing.
 */
@MicroShedTest
public class AccessControlIT {

    private final LiveDeskApi admin = LiveDeskApi.asAdministrator();
    private LiveDeskApi agent;
    private long ownInbox;
    private long otherInbox;
    private long ownConversation;
    private long otherConversation;
    private long otherContact;

    @BeforeEach
    void anAgentWhoIsAMemberOfOneInboxButNotOfAnother() {
        String email = unique("access") + "@example.test";
        long agentId = admin.createAgent(email, "Access Agent");
        ownInbox = admin.createApiInbox(unique("Own inbox"));
        otherInbox = admin.createApiInbox(unique("Other inbox"));
        admin.addMember(ownInbox, agentId);
        ownConversation = admin.customerWrites(ownInbox, unique("psid"), unique("mid"), "Hello")
                .getJsonNumber("conversationId").longValue();
        var other = admin.customerWrites(otherInbox, unique("psid"), unique("mid"), "Secret");
        otherConversation = other.getJsonNumber("conversationId").longValue();
        otherContact = other.getJsonNumber("contactId").longValue();
        agent = LiveDeskApi.signIn(email, LiveDeskApi.AGENT_PASSWORD);
    }

    @Nested
    class WhatAnAgentSees {

        @Test
        void theConversationListHoldsOnlyConversationsOfTheAgentsInboxes() {
            String list = expect(200, agent.get("/api/v1/conversations?limit=100")).body();
            assertTrue(list.contains("\"id\":" + ownConversation + ","));
            assertFalse(list.contains("\"id\":" + otherConversation + ","));
            assertEquals(0, expect(200, agent.get("/api/v1/conversations?inbox=" + otherInbox)).json()
                    .getJsonArray("items").size());
        }

        @Test
        void theInboxListHoldsOnlyTheAgentsInboxes() {
            String inboxes = expect(200, agent.get("/api/v1/inboxes")).body();
            assertTrue(inboxes.contains("\"id\":" + ownInbox + ","));
            assertFalse(inboxes.contains("\"id\":" + otherInbox + ","));
        }

        @Test
        void aConversationOfAnotherInboxIsNotFoundWhicheverWayItIsAsked() {
            String path = "/api/v1/conversations/" + otherConversation;
            assertNotFoundProblem(agent.get(path));
            assertNotFoundProblem(agent.get(path + "/messages"));
            assertNotFoundProblem(agent.post(path + "/messages", Json.createObjectBuilder().add("content", "hi").build()));
            assertNotFoundProblem(agent.put(path + "/status", Json.createObjectBuilder().add("status", "RESOLVED").build()));
            assertNotFoundProblem(agent.put(path + "/assignee", Json.createObjectBuilder().addNull("userId").build()));
            String missing = "/api/v1/conversations/999999999";
            assertEquals(agent.get(missing).json().getString("detail").replace("999999999", "X"),
                    agent.get(path).json().getString("detail").replace(String.valueOf(otherConversation), "X"));
        }

        @Test
        void anInboxOrAContactOfAnotherInboxIsNotFound() {
            assertNotFoundProblem(agent.get("/api/v1/inboxes/" + otherInbox));
            assertNotFoundProblem(agent.get("/api/v1/contacts/" + otherContact));
            String contacts = expect(200, agent.get("/api/v1/contacts?limit=100")).body();
            assertFalse(contacts.contains("\"id\":" + otherContact + ","));
        }

        @Test
        void anAgentCannotDeliverMessagesIntoAnInboxTheyAreNotAMemberOf() {
            assertNotFoundProblem(agent.post("/api/v1/inboxes/" + otherInbox + "/incoming-messages",
                    Json.createObjectBuilder().add("sourceId", "x").add("externalId", unique("m")).add("content", "x").build()));
        }
    }

    @Nested
    class WhatOnlyAdministratorsDo {

        @Test
        void anAgentCannotCreateUsersInboxesTeamsOrLabels() {
            assertForbidden(agent.post("/api/v1/users", Json.createObjectBuilder().add("email", "x@example.test")
                    .add("displayName", "X").add("password", "long-enough-password").add("role", "ADMINISTRATOR").build()));
            assertForbidden(agent.post("/api/v1/inboxes", Json.createObjectBuilder().add("name", "x").build()));
            assertForbidden(agent.post("/api/v1/teams", Json.createObjectBuilder().add("name", "x").build()));
            assertForbidden(agent.post("/api/v1/labels", Json.createObjectBuilder().add("title", "x").build()));
        }

        @Test
        void anAgentCannotChangeInboxSettingsOrMembers() {
            assertForbidden(agent.patch("/api/v1/inboxes/" + ownInbox,
                    Json.createObjectBuilder().add("greetingEnabled", true).build()));
            assertForbidden(agent.put("/api/v1/inboxes/" + ownInbox + "/members/1", null));
        }
    }

    private static void assertNotFoundProblem(LiveDeskApi.ApiResponse response) {
        assertEquals(404, response.status(), response::toString);
        assertTrue(response.isProblem(), response::toString);
    }

    private static void assertForbidden(LiveDeskApi.ApiResponse response) {
        assertEquals(403, response.status(), response::toString);
        assertTrue(response.isProblem(), response::toString);
    }
}
