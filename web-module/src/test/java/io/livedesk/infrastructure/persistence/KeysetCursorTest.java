package io.livedesk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.livedesk.application.DomainProblem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

    @Test
    void aCursorReadsBackAsThePositionItWasMadeFrom() {
        KeysetCursor cursor = new KeysetCursor(Instant.parse("2026-11-24T23:21:53.256997Z"), 42);
        assertEquals(cursor, KeysetCursor.decode(cursor.encode()));
    }

    @Test
    void aCursorThatThisApiDidNotGiveOutIsABadRequest() {
        assertThrows(DomainProblem.Invalid.class, () -> KeysetCursor.decode("not-a-cursor"));
        assertThrows(DomainProblem.Invalid.class, () -> KeysetCursor.decode("bm90aGluZw"));
    }
}
