package it.livedesk.api;

import static it.livedesk.support.LiveDeskApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.livedesk.support.LiveDeskApi;
import it.livedesk.support.LiveDeskApi.ApiResponse;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Health, metrics, the API description, and how the API answers requests it cannot serve. */
@MicroShedTest
public class PlatformEndpointsIT {

    private final LiveDeskApi anonymous = LiveDeskApi.anonymous();

    @Nested
    class Operations {

        @Test
        void readinessChecksTheDatabaseAndTheRuleBase() {
            JsonObject health = expect(200, anonymous.get("/health/ready")).json();
            assertEquals("UP", health.getString("status"));
            String checks = health.getJsonArray("checks").toString();
            assertTrue(checks.contains("\"database\""), checks);
            assertTrue(checks.contains("\"rules\""), checks);
        }

        @Test
        void livenessAnswers() {
            assertEquals("UP", expect(200, anonymous.get("/health/live")).json().getString("status"));
        }

        @Test
        void metricsArePublished() {
            assertTrue(expect(200, anonymous.getAnything("/metrics")).body().contains("# TYPE"));
        }

        @Test
        void theOpenApiDocumentDescribesTheConversationEndpoints() {
            String document = expect(200, anonymous.get("/openapi")).body();
            assertTrue(document.contains("/api/v1/conversations/{id}/messages"), "paths missing");
            assertTrue(document.contains("bearer"), "security scheme missing");
            assertEquals(200, anonymous.get("/openapi/ui/").status());
        }
    }

    @Nested
    class RequestsThatCannotBeServed {

        private final LiveDeskApi admin = LiveDeskApi.asAdministrator();

        @Test
        void malformedJsonIsABadRequestWithAProblemBody() {
            ApiResponse response = admin.sendRaw("POST", "/api/v1/teams", "application/json", "{\"name\": ");
            assertEquals(400, response.status(), response::toString);
            assertTrue(response.isProblem());
        }

        @Test
        void anUnknownAddressIsNotFoundWithAProblemBody() {
            ApiResponse response = admin.get("/api/v1/no-such-thing");
            assertEquals(404, response.status());
            assertTrue(response.isProblem());
        }

        @Test
        void aWrongMethodOrMediaTypeIsSaidSo() {
            assertEquals(405, admin.sendRaw("DELETE", "/api/v1/conversations", "application/json", "").status());
            ApiResponse xml = admin.sendRaw("POST", "/api/v1/teams", "application/xml", "<team/>");
            assertEquals(415, xml.status());
            assertTrue(xml.isProblem());
        }

        @Test
        void noErrorEverShowsAStackTrace() {
            ApiResponse response = admin.sendRaw("POST", "/api/v1/users", "application/json", "[1,2,3]");
            assertTrue(response.status() >= 400 && response.status() < 500, response::toString);
            assertTrue(!response.body().contains("Exception") && !response.body().contains("\tat "), response::toString);
        }
    }
}
