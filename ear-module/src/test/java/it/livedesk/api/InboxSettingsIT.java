package it.livedesk.api;

import static it.livedesk.support.LiveDeskApi.expect;
import static it.livedesk.support.LiveDeskApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.livedesk.support.LiveDeskApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
public class InboxSettingsIT {

    private final LiveDeskApi admin = LiveDeskApi.asAdministrator();
    private long inbox;

    @BeforeEach
    void aFreshInbox() {
        inbox = admin.createApiInbox(unique("Settings"));
    }

    private JsonObject settings() {
        return expect(200, admin.get("/api/v1/inboxes/" + inbox)).json();
    }

    @Nested
    class Greeting {

        @Test
        void aNewInboxHasTheGreetingOff() {
            assertFalse(settings().getBoolean("greetingEnabled"));
        }

        @Test
        void theGreetingIsTurnedOnWithItsText() {
            JsonObject changed = expect(200, admin.patch("/api/v1/inboxes/" + inbox, Json.createObjectBuilder()
                    .add("greetingEnabled", true).add("greetingMessage", "Bonjour ! Nous répondons vite.").build())).json();
            assertTrue(changed.getBoolean("greetingEnabled"));
            assertEquals("Bonjour ! Nous répondons vite.", settings().getString("greetingMessage"));
        }

        @Test
        void aGreetingCannotBeTurnedOnWithoutText() {
            assertEquals(400, admin.patch("/api/v1/inboxes/" + inbox,
                    Json.createObjectBuilder().add("greetingEnabled", true).build()).status());
        }
    }

    @Nested
    class BusinessHours {

        @Test
        void slotsPerDayIncludingAnOvernightOneAreKeptInTheInboxTimeZone() {
            expect(200, admin.put("/api/v1/inboxes/" + inbox + "/business-hours", Json.createObjectBuilder()
                    .add("enabled", true).add("timeZone", "Europe/Paris").add("outOfOfficeMessage", "Nous sommes fermés.")
                    .add("slots", Json.createArrayBuilder()
                            .add(slot("MONDAY", "09:00", "12:30")).add(slot("MONDAY", "14:00", "18:00"))
                            .add(slot("FRIDAY", "22:00", "02:00")))
                    .build()));
            JsonObject hours = settings().getJsonObject("businessHours");
            assertTrue(hours.getBoolean("enabled"));
            assertEquals("Europe/Paris", hours.getString("timeZone"));
            assertEquals(3, hours.getJsonArray("slots").size());
            assertEquals("Nous sommes fermés.", hours.getString("outOfOfficeMessage"));
        }

        @Test
        void anUnknownTimeZoneIsRefusedWithAHint() {
            LiveDeskApi.ApiResponse response = admin.put("/api/v1/inboxes/" + inbox + "/business-hours",
                    Json.createObjectBuilder().add("enabled", false).add("timeZone", "Mars/Olympus").build());
            assertEquals(400, response.status());
            assertTrue(response.json().getString("detail").contains("Europe/Paris"));
        }

        @Test
        void aSlotWithAnUnreadableTimeIsABadRequestNotAServerError() {
            LiveDeskApi.ApiResponse response = admin.sendRaw("PUT", "/api/v1/inboxes/" + inbox + "/business-hours",
                    "application/json", "{\"enabled\":true,\"timeZone\":\"UTC\",\"outOfOfficeMessage\":\"x\","
                            + "\"slots\":[{\"day\":\"MONDAY\",\"opensAt\":\"9 o'clock\",\"closesAt\":\"17:00\"}]}");
            assertEquals(400, response.status(), response::toString);
            assertTrue(response.isProblem());
        }

        private JsonObject slot(String day, String opens, String closes) {
            return Json.createObjectBuilder().add("day", day).add("opensAt", opens).add("closesAt", closes).build();
        }
    }

    @Nested
    class AgentsOfTheInbox {

        @Test
        void humanAgentsAreAddedAndRemoved() {
            long agent = admin.createAgent(unique("member") + "@example.test", "Member");
            admin.addMember(inbox, agent);
            assertTrue(settings().getJsonArray("members").toString().contains("\"id\":" + agent));
            expect(200, admin.delete("/api/v1/inboxes/" + inbox + "/members/" + agent));
            assertFalse(settings().getJsonArray("members").toString().contains("\"id\":" + agent));
        }

        @Test
        void anAiAgentIsAddedDisabledByDefaultThenEnabledAndItsKeyIsNeverShown() {
            JsonObject added = expect(201, admin.post("/api/v1/inboxes/" + inbox + "/ai-agents", Json.createObjectBuilder()
                    .add("name", "Assistant").add("model", "gpt-4o-mini").add("instructions", "Be brief.")
                    .add("apiKey", "sk-test-secret-key").build())).json();
            assertFalse(added.getBoolean("enabled"));
            assertTrue(added.getBoolean("apiKeySet"));
            long id = added.getJsonNumber("id").longValue();
            JsonObject enabled = expect(200, admin.patch("/api/v1/inboxes/" + inbox + "/ai-agents/" + id,
                    Json.createObjectBuilder().add("enabled", true).build())).json();
            assertTrue(enabled.getBoolean("enabled"));
            assertFalse(admin.get("/api/v1/inboxes/" + inbox).body().contains("sk-test-secret-key"));
        }

        @Test
        void capacityAndMethodOfAutomaticAssignmentAreSettings() {
            JsonObject changed = expect(200, admin.patch("/api/v1/inboxes/" + inbox, Json.createObjectBuilder()
                    .add("assignmentMethod", "LOAD_BASED").add("agentCapacity", 5).build())).json();
            assertEquals("LOAD_BASED", changed.getString("assignmentMethod"));
            assertEquals(5, changed.getInt("agentCapacity"));
            assertEquals(400, admin.patch("/api/v1/inboxes/" + inbox,
                    Json.createObjectBuilder().add("agentCapacity", 0).build()).status());
        }
    }
}
