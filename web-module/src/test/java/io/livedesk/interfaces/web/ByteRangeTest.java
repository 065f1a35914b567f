package io.livedesk.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livedesk.interfaces.web.ByteRange.Part;
import io.livedesk.interfaces.web.ByteRange.Unsatisfiable;
import io.livedesk.interfaces.web.ByteRange.Whole;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void aPlayerStartingAVideoGetsEverythingFromTheFirstByte() {
        assertEquals(new Part(new ByteRange(0, 999)), ByteRange.of("bytes=0-", 1000));
    }

    @Test
    void aPlayerSeekingGetsThePartItAskedForCutAtTheEndOfTheFile() {
        assertEquals(new Part(new ByteRange(500, 599)), ByteRange.of("bytes=500-599", 1000));
        assertEquals(new Part(new ByteRange(900, 999)), ByteRange.of("bytes=900-5000", 1000));
    }

    @Test
    void theLastBytesCanBeAskedForByTheirCount() {
        assertEquals(new Part(new ByteRange(800, 999)), ByteRange.of("bytes=-200", 1000));
        assertEquals(new Part(new ByteRange(0, 999)), ByteRange.of("bytes=-5000", 1000));
    }

    @Test
    void aRangeBeyondTheEndOfTheFileCannotBeServed() {
        assertEquals(new Unsatisfiable(), ByteRange.of("bytes=1000-", 1000));
        assertEquals(new Unsatisfiable(), ByteRange.of("bytes=-0", 1000));
    }

    @Test
    void noRangeSeveralRangesOrNonsenseGetTheWholeFile() {
        assertEquals(new Whole(), ByteRange.of(null, 1000));
        assertEquals(new Whole(), ByteRange.of("bytes=0-10,20-30", 1000));
        assertEquals(new Whole(), ByteRange.of("bytes=abc-", 1000));
        assertEquals(new Whole(), ByteRange.of("bytes=600-500", 1000));
        assertEquals(new Whole(), ByteRange.of("items=0-10", 1000));
        assertEquals(new Whole(), ByteRange.of("bytes=-", 1000));
    }
}
