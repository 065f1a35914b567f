package io.livedesk.interfaces.sandbox.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CursorPagingTest {

    private static final List<String> PAGES = List.of("101", "102", "103", "104", "105");

    @Test
    void followingTheAfterCursorUntilThereIsNoNextReadsEveryItemOnce() {
        List<String> read = new ArrayList<>();
        String after = null;
        int calls = 0;
        CursorPaging.Slice<String> slice;
        do {
            slice = CursorPaging.slice(PAGES, Function.identity(), after, null, 2);
            read.addAll(slice.items());
            after = slice.after();
            calls++;
        } while (slice.hasNext());
        assertEquals(PAGES, read);
        assertEquals(3, calls);
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastHasNoNext() {
        CursorPaging.Slice<String> first = CursorPaging.slice(PAGES, Function.identity(), null, null, 2);
        assertFalse(first.hasPrevious());
        assertTrue(first.hasNext());
        CursorPaging.Slice<String> last = CursorPaging.slice(PAGES, Function.identity(), first.after(), null, 3);
        assertEquals(List.of("103", "104", "105"), last.items());
        assertTrue(last.hasPrevious());
        assertFalse(last.hasNext());
    }

    @Test
    void theBeforeCursorGoesBackOnePage() {
        CursorPaging.Slice<String> last = CursorPaging.slice(PAGES, Function.identity(),
                CursorPaging.cursor("103"), null, 2);
        CursorPaging.Slice<String> back = CursorPaging.slice(PAGES, Function.identity(), null, last.before(), 2);
        assertEquals(List.of("102", "103"), back.items());
    }

    @Test
    void withoutALimitGraphsDefaultOfTwentyFiveApplies() {
        CursorPaging.Slice<String> all = CursorPaging.slice(PAGES, Function.identity(), null, null, null);
        assertEquals(PAGES, all.items());
        assertFalse(all.hasNext());
    }

    @Test
    void anEmptyListIsOnePageWithNothingAfterIt() {
        CursorPaging.Slice<String> none = CursorPaging.slice(List.of(), Function.identity(), null, null, 25);
        assertTrue(none.items().isEmpty());
        assertFalse(none.hasNext());
    }

    @Test
    void aCursorTheSandboxDidNotWriteIsAnInvalidParameter() {
        GraphError invalid = assertThrows(GraphError.class,
                () -> CursorPaging.slice(PAGES, Function.identity(), "bm90LW91cnM", null, 2));
        assertEquals(100, invalid.code());
    }
}
