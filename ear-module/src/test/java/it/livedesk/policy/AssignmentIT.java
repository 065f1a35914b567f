package it.livedesk.policy;

import static it.livedesk.support.LiveDeskApi.expect;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.livedesk.support.LiveDeskApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Who takes a new conversation, as the packaged rules decide it: an enabled AI agent first, otherwise an available
 * member of the inbox by round-robin or by load within capacity; nobody available, it waits in the queue until
 * someone is. Every decision is recorded with the rule that made it and why.
 */
@MicroShedTest
public class AssignmentIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final LiveDeskApi admin = LiveDeskApi.asAdministrator();

    /** An API inbox with its agents, all members; {@code online} of them available. */
    private record Team(long inboxId, List<Long> agents) {
    }

    private Team inboxWithAgents(String method, int capacity, int agents, int online) {
        long inboxId = admin.createApiInbox(LiveDeskApi.unique("Assignment"));
        expect(200, admin.patch("/api/v1/inboxes/" + inboxId, Json.createObjectBuilder()
                .add("assignmentMethod", method).add("agentCapacity", capacity).add("autoAssignment", true).build()));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            long agent = admin.createAgent(LiveDeskApi.unique("agent") + "@assignment.test", "Agent " + i);
            admin.addMember(inboxId, agent);
            if (i < online) {
                available(agent, "ONLINE");
            }
            ids.add(agent);
        }
        return new Team(inboxId, ids);
    }

    private void available(long agent, String availability) {
        expect(200, admin.put("/api/v1/users/" + agent + "/availability",
                Json.createObjectBuilder().add("availability", availability).build()));
    }

    private long customerWrites(long inboxId, String text) {
        return admin.customerWrites(inboxId, LiveDeskApi.unique("psid"), LiveDeskApi.unique("mid"), text)
                .getJsonNumber("conversationId").longValue();
    }

    private JsonObject detail(long conversationId) {
        return expect(200, admin.get("/api/v1/conversations/" + conversationId)).json();
    }

    private JsonObject awaitDecision(long conversationId) {
        return await().atMost(PATIENCE).until(() -> detail(conversationId),
                d -> !d.getJsonArray("assignmentDecisions").isEmpty());
    }

    private static Long assigneeOf(JsonObject detail) {
        JsonObject summary = detail.getJsonObject("summary");
        return summary.containsKey("assignee") && !summary.isNull("assignee")
                ? summary.getJsonObject("assignee").getJsonNumber("id").longValue() : null;
    }

    @Nested
    class AHumanAgent {

        @Test
        void roundRobinSharesNewConversationsEvenlyAmongTheAvailableMembers() {
            Team team = inboxWithAgents("ROUND_ROBIN", 100, 3, 3);
            List<Long> conversations = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                long conversation = customerWrites(team.inboxId(), "Question number " + i);
                awaitDecision(conversation);
                conversations.add(conversation);
            }

            Map<Long, Integer> perAgent = new HashMap<>();
            for (long conversation : conversations) {
                perAgent.merge(assigneeOf(detail(conversation)), 1, Integer::sum);
            }
            assertEquals(Map.of(team.agents().get(0), 3, team.agents().get(1), 3, team.agents().get(2), 3), perAgent);
            JsonObject decision = detail(conversations.get(0)).getJsonArray("assignmentDecisions").getJsonObject(0);
            assertEquals("HUMAN", decision.getString("tier"));
            assertTrue(decision.getString("ruleId").startsWith("HUMAN-") || decision.getString("ruleId").equals("NONE"),
                    decision.toString());
            assertTrue(decision.getString("explanation").contains("Candidates"), decision.toString());
        }

        @Test
        void loadBasedAssignmentNeverGoesOverCapacityAndTheQueueMovesWhenAConversationIsResolved() {
            Team team = inboxWithAgents("LOAD_BASED", 1, 2, 2);
            long first = customerWrites(team.inboxId(), "One");
            long second = customerWrites(team.inboxId(), "Two");
            long third = customerWrites(team.inboxId(), "Three");
            awaitDecision(first);
            awaitDecision(second);
            JsonObject waiting = awaitDecision(third);

            assertEquals(2, List.of(assigneeOf(detail(first)), assigneeOf(detail(second))).stream().distinct().count(),
                    "each agent took one");
            assertEquals(null, assigneeOf(waiting), "nobody had room for the third");
            assertEquals("QUEUED", waiting.getJsonArray("assignmentDecisions").getJsonObject(0).getString("tier"));

            expect(200, admin.put("/api/v1/conversations/" + first + "/status",
                    Json.createObjectBuilder().add("status", "RESOLVED").build()));

            Long freedAgent = assigneeOf(detail(first));
            await().atMost(PATIENCE).until(() -> freedAgent.equals(assigneeOf(detail(third))));
        }

        @Test
        void whenNobodyIsAvailableTheConversationWaitsUntilSomeoneComesOnline() {
            Team team = inboxWithAgents("ROUND_ROBIN", 10, 1, 0);
            long conversation = customerWrites(team.inboxId(), "Anyone there?");
            JsonObject waiting = awaitDecision(conversation);
            assertEquals("QUEUED", waiting.getJsonArray("assignmentDecisions").getJsonObject(0).getString("tier"));
            assertTrue(waiting.getJsonArray("assignmentDecisions").getJsonObject(0).getString("explanation")
                    .contains("UNAVAILABLE") || waiting.toString().toLowerCase().contains("unavailable"), waiting.toString());

            available(team.agents().get(0), "ONLINE");

            await().atMost(PATIENCE).until(() -> team.agents().get(0).equals(assigneeOf(detail(conversation))));
        }
    }

    @Nested
    class AnAiAgent {

        @Test
        void anEnabledAiAgentTakesTheConversationBeforeAnyHuman() {
            Team team = inboxWithAgents("ROUND_ROBIN", 10, 1, 1);
            long aiAgent = expect(201, admin.post("/api/v1/inboxes/" + team.inboxId() + "/ai-agents",
                    Json.createObjectBuilder().add("name", "Concierge").add("model", "gpt-4o-mini")
                            .add("instructions", "Be brief.").add("enabled", true).build())).json()
                    .getJsonNumber("id").longValue();

            long conversation = customerWrites(team.inboxId(), "Hello");
            JsonObject decided = awaitDecision(conversation);

            assertEquals("AI_AGENT", decided.getJsonArray("assignmentDecisions").getJsonObject(0).getString("tier"));
            assertEquals(aiAgent, decided.getJsonObject("summary").getJsonObject("aiAssignee").getJsonNumber("id")
                    .longValue());
        }
    }

    @Nested
    class AutomaticMessages {

        private List<JsonObject> systemMessages(long conversationId) {
            return admin.get("/api/v1/conversations/" + conversationId + "/messages").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().filter(m -> "SYSTEM".equals(m.getString("senderKind")))
                    .toList();
        }

        @Test
        void theGreetingGoesOnceWhenACustomerStartsAConversation() {
            Team team = inboxWithAgents("ROUND_ROBIN", 10, 1, 1);
            expect(200, admin.patch("/api/v1/inboxes/" + team.inboxId(), Json.createObjectBuilder()
                    .add("greetingEnabled", true).add("greetingMessage", "Welcome! We answer within the hour.").build()));
            String psid = LiveDeskApi.unique("psid");
            long conversation = admin.customerWrites(team.inboxId(), psid, LiveDeskApi.unique("mid"), "Hi")
                    .getJsonNumber("conversationId").longValue();
            admin.customerWrites(team.inboxId(), psid, LiveDeskApi.unique("mid"), "Are you there?");

            await().atMost(PATIENCE).until(() -> !systemMessages(conversation).isEmpty());
            awaitDecision(conversation);
            assertEquals(List.of("Welcome! We answer within the hour."), systemMessages(conversation).stream()
                    .map(m -> m.getString("content")).toList());
        }

        @Test
        void outsideBusinessHoursTheOutOfOfficeMessageGoesOncePerDay() {
            Team team = inboxWithAgents("ROUND_ROBIN", 10, 1, 1);
            // Open only for one minute in the middle of the night, a week from now: closed now.
            expect(200, admin.put("/api/v1/inboxes/" + team.inboxId() + "/business-hours", Json.createObjectBuilder()
                    .add("enabled", true).add("timeZone", "Pacific/Kiritimati")
                    .add("outOfOfficeMessage", "We are closed; we will answer tomorrow.")
                    .add("slots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("day",
                            java.time.LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati")).getDayOfWeek()
                                    .plus(3).name()).add("opensAt", "03:00").add("closesAt", "03:01")))
                    .build()));
            String psid = LiveDeskApi.unique("psid");
            long conversation = admin.customerWrites(team.inboxId(), psid, LiveDeskApi.unique("mid"), "Hello?")
                    .getJsonNumber("conversationId").longValue();
            await().atMost(PATIENCE).until(() -> !systemMessages(conversation).isEmpty());
            admin.customerWrites(team.inboxId(), psid, LiveDeskApi.unique("mid"), "Hello again?");
            awaitDecision(conversation);

            await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> systemMessages(conversation).size() == 1);
            assertEquals("We are closed; we will answer tomorrow.", systemMessages(conversation).get(0)
                    .getString("content"));
        }

        @Test
        void resolvingAConversationSendsTheSatisfactionSurvey() {
            Team team = inboxWithAgents("ROUND_ROBIN", 10, 1, 1);
            expect(200, admin.patch("/api/v1/inboxes/" + team.inboxId(),
                    Json.createObjectBuilder().add("csatEnabled", true).build()));
            long conversation = customerWrites(team.inboxId(), "Thanks, that solved it");
            awaitDecision(conversation);

            expect(200, admin.put("/api/v1/conversations/" + conversation + "/status",
                    Json.createObjectBuilder().add("status", "RESOLVED").build()));

            List<JsonObject> sent = systemMessages(conversation);
            assertEquals(1, sent.size());
            assertTrue(sent.get(0).getString("content").contains("1 (poor) to 5 (excellent)"), sent.toString());
        }
    }
}
