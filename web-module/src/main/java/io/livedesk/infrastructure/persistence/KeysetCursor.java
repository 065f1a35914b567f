package io.livedesk.infrastructure.persistence;

import io.livedesk.application.DomainProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * A position in a list sorted by (time, id): the last row a page showed. Encoded as an opaque URL-safe
 * string so clients pass it back unchanged; a tampered cursor is a clear 400, never a 500.
 */
public record KeysetCursor(Instant at, long id) {

    public String encode() {
        String raw = at.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static KeysetCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new KeysetCursor(Instant.parse(raw.substring(0, bar)), Long.parseLong(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            throw new DomainProblem.Invalid("The cursor '" + cursor + "' is not one this API gave out.");
        }
    }
}
