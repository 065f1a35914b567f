package it.livedesk.api;

import static it.livedesk.support.LiveDeskApi.expect;
import static it.livedesk.support.LiveDeskApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.livedesk.support.LiveDeskApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
public class ConversationsIT {

    private final LiveDeskApi admin = LiveDeskApi.asAdministrator();
    private LiveDeskApi agent;
    private long agentId;
    private long inbox;

    @BeforeEach
    void anAgentOfAFreshInbox() {
        String email = unique("conv") + "@example.test";
        agentId = admin.createAgent(email, "Conversation Agent");
        inbox = admin.createApiInbox(unique("Conversations"));
        admin.addMember(inbox, agentId);
        agent = LiveDeskApi.signIn(email, LiveDeskApi.AGENT_PASSWORD);
    }

    private long conversationOf(JsonObject receipt) {
        return receipt.getJsonNumber("conversationId").longValue();
    }

    @Nested
    class Threading {

        @Test
        void aCustomerWhoWritesAgainStaysInTheSameConversation() {
            String customer = unique("psid");
            JsonObject first = admin.customerWrites(inbox, customer, unique("mid"), "Bonjour");
            JsonObject second = admin.customerWrites(inbox, customer, unique("mid"), "Vous êtes là ?");
            assertTrue(first.getBoolean("newConversation"));
            assertFalse(second.getBoolean("newConversation"));
            assertEquals(conversationOf(first), conversationOf(second));
            assertEquals(first.getJsonNumber("contactId"), second.getJsonNumber("contactId"));
        }

        @Test
        void theSameMessageDeliveredTwiceIsStoredOnce() {
            String mid = unique("mid");
            JsonObject first = admin.customerWrites(inbox, unique("psid"), mid, "Hallo");
            JsonObject again = admin.customerWrites(inbox, "whoever", mid, "Hallo");
            assertTrue(again.getBoolean("duplicate"));
            assertEquals(first.getJsonNumber("messageId"), again.getJsonNumber("messageId"));
            assertEquals(1, expect(200, agent.get("/api/v1/conversations/" + conversationOf(first) + "/messages"))
                    .json().getJsonArray("items").size());
        }

        @Test
        void aCustomerWhoWritesAfterResolutionStartsANewConversation() {
            String customer = unique("psid");
            long first = conversationOf(admin.customerWrites(inbox, customer, unique("mid"), "Help"));
            expect(200, agent.put("/api/v1/conversations/" + first + "/status",
                    Json.createObjectBuilder().add("status", "RESOLVED").build()));
            long second = conversationOf(admin.customerWrites(inbox, customer, unique("mid"), "Help again"));
            assertNotEquals(first, second);
        }

        @Test
        void aCustomerMessageWakesASnoozedConversation() {
            String customer = unique("psid");
            long conversation = conversationOf(admin.customerWrites(inbox, customer, unique("mid"), "Hi"));
            expect(200, agent.put("/api/v1/conversations/" + conversation + "/status", Json.createObjectBuilder()
                    .add("status", "SNOOZED").add("snoozedUntil", Instant.now().plusSeconds(3600).toString()).build()));
            admin.customerWrites(inbox, customer, unique("mid"), "Still there?");
            JsonObject detail = expect(200, agent.get("/api/v1/conversations/" + conversation)).json();
            assertEquals("OPEN", detail.getJsonObject("summary").getString("status"));
        }

        @Test
        void aContactWhoseNameIsUnknownShowsANeutralLabelNotAnInventedName() {
            long conversation = conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "Hi"));
            JsonObject contact = expect(200, agent.get("/api/v1/conversations/" + conversation)).json()
                    .getJsonObject("summary").getJsonObject("contact");
            assertTrue(contact.getString("displayName").startsWith("Customer #"));
        }
    }

    @Nested
    class Lists {

        @Test
        void mineUnassignedAndByStatusEachShowTheRightConversations() {
            long assigned = conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "one"));
            long waiting = conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "two"));
            expect(200, agent.put("/api/v1/conversations/" + assigned + "/assignee",
                    Json.createObjectBuilder().add("userId", agentId).build()));

            Set<Long> mine = ids(agent.get("/api/v1/conversations?assignee=mine&status=OPEN"));
            Set<Long> unassigned = ids(agent.get("/api/v1/conversations?assignee=unassigned&inbox=" + inbox));
            assertEquals(Set.of(assigned), mine);
            assertEquals(Set.of(waiting), unassigned);

            expect(200, agent.put("/api/v1/conversations/" + waiting + "/status",
                    Json.createObjectBuilder().add("status", "PENDING").build()));
            assertEquals(Set.of(waiting), ids(agent.get("/api/v1/conversations?status=pending&inbox=" + inbox)));
            assertEquals(Set.of(assigned), ids(agent.get("/api/v1/conversations?status=OPEN&inbox=" + inbox)));
        }

        @Test
        void pagingWithTheCursorVisitsEveryConversationOnceNewestFirst() {
            List<Long> created = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                created.add(conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "n" + i)));
            }
            List<Long> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonObject page = expect(200, agent.get("/api/v1/conversations?inbox=" + inbox + "&limit=3"
                        + (cursor == null ? "" : "&cursor=" + cursor))).json();
                page.getJsonArray("items").forEach(item -> seen.add(item.asJsonObject().getJsonNumber("id").longValue()));
                cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
                pages++;
            } while (cursor != null);
            assertEquals(3, pages);
            List<Long> newestFirst = new ArrayList<>(created);
            java.util.Collections.reverse(newestFirst);
            assertEquals(newestFirst, seen);
        }

        @Test
        void searchFindsAConversationByWhatTheCustomerWrote() {
            String word = unique("parcel");
            long match = conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "Where is my " + word + "?"));
            conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "Something else"));
            assertEquals(Set.of(match), ids(agent.get("/api/v1/conversations?q=" + word.toUpperCase())));
        }

        @Test
        void aLabelNarrowsTheList() {
            String label = unique("vip").toLowerCase();
            expect(201, admin.post("/api/v1/labels", Json.createObjectBuilder().add("title", label).build()));
            long labelled = conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "a"));
            conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "b"));
            expect(200, agent.put("/api/v1/conversations/" + labelled + "/labels",
                    Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add(label)).build()));
            assertEquals(Set.of(labelled), ids(agent.get("/api/v1/conversations?label=" + label)));
        }

        @Test
        void aMadeUpCursorOrFilterIsABadRequestWithAClearMessage() {
            LiveDeskApi.ApiResponse cursor = agent.get("/api/v1/conversations?cursor=not-a-cursor");
            assertEquals(400, cursor.status());
            assertTrue(cursor.json().getString("detail").contains("cursor"));
            assertEquals(400, agent.get("/api/v1/conversations?status=closed").status());
            assertEquals(400, agent.get("/api/v1/conversations?limit=1000").status());
        }
    }

    @Nested
    class Answering {

        @Test
        void aReplyIsQueuedForTheChannelAndANoteStaysPrivate() {
            long conversation = conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "Hi"));
            JsonObject reply = expect(201, agent.post("/api/v1/conversations/" + conversation + "/messages",
                    Json.createObjectBuilder().add("content", "Hello, how can I help?").build())).json();
            JsonObject note = expect(201, agent.post("/api/v1/conversations/" + conversation + "/messages",
                    Json.createObjectBuilder().add("content", "VIP customer").add("private", true).build())).json();
            assertEquals("OUTGOING", reply.getString("messageType"));
            assertEquals("QUEUED", reply.getString("deliveryStatus"));
            assertEquals("PRIVATE_NOTE", note.getString("messageType"));

            List<String> kinds = expect(200, agent.get("/api/v1/conversations/" + conversation + "/messages")).json()
                    .getJsonArray("items").stream().map(m -> m.asJsonObject().getString("messageType")).toList();
            assertEquals(List.of("INCOMING", "OUTGOING", "PRIVATE_NOTE"), kinds);
        }

        @Test
        void olderMessagesArePagedBackwardsFromTheLatest() {
            String customer = unique("psid");
            long conversation = 0;
            for (int i = 1; i <= 5; i++) {
                conversation = conversationOf(admin.customerWrites(inbox, customer, unique("mid"), "message " + i));
            }
            JsonObject latest = expect(200, agent.get("/api/v1/conversations/" + conversation + "/messages?limit=3")).json();
            assertEquals(List.of("message 3", "message 4", "message 5"), contents(latest));
            JsonObject older = expect(200, agent.get("/api/v1/conversations/" + conversation + "/messages?limit=3&cursor="
                    + latest.getString("nextCursor"))).json();
            assertEquals(List.of("message 1", "message 2"), contents(older));
            assertFalse(older.containsKey("nextCursor"));
        }

        @Test
        void anEmptyReplyIsRefused() {
            long conversation = conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "Hi"));
            assertEquals(400, agent.post("/api/v1/conversations/" + conversation + "/messages",
                    Json.createObjectBuilder().add("content", "  ").build()).status());
        }
    }

    @Nested
    class Managing {

        @Test
        void assigningByHandIsRecordedWithWhoDidIt() {
            long conversation = conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "Hi"));
            JsonObject detail = expect(200, agent.put("/api/v1/conversations/" + conversation + "/assignee",
                    Json.createObjectBuilder().add("userId", agentId).build())).json();
            assertEquals(agentId, detail.getJsonObject("summary").getJsonObject("assignee").getJsonNumber("id").longValue());
            JsonObject decision = detail.getJsonArray("assignmentDecisions").getJsonObject(0);
            assertEquals("MANUAL", decision.getString("tier"));
            assertEquals(agentId, decision.getJsonObject("decidedBy").getJsonNumber("id").longValue());

            JsonObject unassigned = expect(200, agent.put("/api/v1/conversations/" + conversation + "/assignee",
                    Json.createObjectBuilder().add("userId", JsonValue.NULL).build())).json();
            assertFalse(unassigned.getJsonObject("summary").containsKey("assignee"));
            // Both changes by hand are in the history (beside what automatic assignment decided before, if it ran).
            assertEquals(2, unassigned.getJsonArray("assignmentDecisions").getValuesAs(JsonObject.class).stream()
                    .filter(d -> "MANUAL".equals(d.getString("tier"))).count());
        }

        @Test
        void onlyAMemberOfTheInboxCanBeAssigned() {
            long outsider = admin.createAgent(unique("outsider") + "@example.test", "Outsider");
            long conversation = conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "Hi"));
            LiveDeskApi.ApiResponse response = agent.put("/api/v1/conversations/" + conversation + "/assignee",
                    Json.createObjectBuilder().add("userId", outsider).build());
            assertEquals(400, response.status());
            assertTrue(response.json().getString("detail").contains("not a member"));
        }

        @Test
        void snoozingNeedsATimeInTheFuture() {
            long conversation = conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "Hi"));
            assertEquals(400, agent.put("/api/v1/conversations/" + conversation + "/status",
                    Json.createObjectBuilder().add("status", "SNOOZED").build()).status());
        }

        @Test
        void priorityAndTeamAreSetAndShownInTheList() {
            long team = expect(201, admin.post("/api/v1/teams", Json.createObjectBuilder()
                    .add("name", unique("Billing")).build())).json().getJsonNumber("id").longValue();
            long conversation = conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "Invoice?"));
            expect(200, agent.put("/api/v1/conversations/" + conversation + "/priority",
                    Json.createObjectBuilder().add("priority", "URGENT").build()));
            expect(200, agent.put("/api/v1/conversations/" + conversation + "/team",
                    Json.createObjectBuilder().add("teamId", team).build()));
            JsonObject item = expect(200, agent.get("/api/v1/conversations?team=" + team)).json()
                    .getJsonArray("items").getJsonObject(0);
            assertEquals("URGENT", item.getString("priority"));
            assertEquals(conversation, item.getJsonNumber("id").longValue());
        }

        @Test
        void labelsMustExistBeforeTheyAreUsed() {
            long conversation = conversationOf(admin.customerWrites(inbox, unique("psid"), unique("mid"), "Hi"));
            LiveDeskApi.ApiResponse response = agent.put("/api/v1/conversations/" + conversation + "/labels",
                    Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add(unique("nosuch"))).build());
            assertEquals(400, response.status());
            assertTrue(response.json().getString("detail").startsWith("Unknown labels"));
        }
    }

    private static Set<Long> ids(LiveDeskApi.ApiResponse response) {
        Set<Long> ids = new HashSet<>();
        expect(200, response).json().getJsonArray("items")
                .forEach(item -> ids.add(item.asJsonObject().getJsonNumber("id").longValue()));
        return ids;
    }

    private static List<String> contents(JsonObject page) {
        return page.getJsonArray("items").stream().map(m -> m.asJsonObject().getString("content")).toList();
    }
}
