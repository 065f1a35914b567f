package io.livedesk.infrastructure.facebook;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.time.Duration;

/**
 * Facebook's usage headers (REFERENCE §10): when a rate limit is hit, {@code X-Business-Use-Case-Usage} says how
 * many minutes until access returns. Continuing to call extends the block, so senders wait that long.
 */
final class UsageHeaders {

    /** Looked up once: {@code Json.create...} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private UsageHeaders() {
    }

    /** The longest {@code estimated_time_to_regain_access} named, or null when none is (or it cannot be read). */
    static Duration timeToRegainAccess(HttpHeaders headers) {
        String usage = headers.firstValue("X-Business-Use-Case-Usage").orElse(null);
        if (usage == null) {
            return null;
        }
        long minutes = 0;
        try (JsonReader reader = JSON.createReader(new StringReader(usage))) {
            JsonObject byObject = reader.readObject();
            for (JsonValue entries : byObject.values()) {
                if (entries.getValueType() != JsonValue.ValueType.ARRAY) {
                    continue;
                }
                for (JsonValue entry : entries.asJsonArray()) {
                    if (entry.getValueType() == JsonValue.ValueType.OBJECT) {
                        minutes = Math.max(minutes, entry.asJsonObject()
                                .getJsonNumber("estimated_time_to_regain_access") == null ? 0
                                : entry.asJsonObject().getJsonNumber("estimated_time_to_regain_access").longValue());
                    }
                }
            }
        } catch (RuntimeException unreadable) {
            return null;
        }
        return minutes > 0 ? Duration.ofMinutes(minutes) : null;
    }
}
