package io.livedesk.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livedesk.application.internal.PageTokens.PageToken;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PageTokensTest {

    /** The channel's stored token, counting the reads. */
    private static final class StoredToken extends CustomerDetailRecords {
        final AtomicInteger reads = new AtomicInteger();
        volatile String token = "token-1";

        @Override
        public Optional<PageToken> pageToken(long inboxId) {
            reads.incrementAndGet();
            return Optional.of(new PageToken("encrypted " + token, token));
        }
    }

    private final StoredToken stored = new StoredToken();
    private final AtomicLong seconds = new AtomicLong();
    private final PageTokens tokens = new PageTokens();

    PageTokensTest() {
        tokens.records = stored;
        tokens.nanoTime = () -> seconds.get() * 1_000_000_000L;
    }

    @Test
    void theTokenIsReadOnceForManyCustomersAndAgainAfterHalfAMinute() {
        for (int customer = 0; customer < 100; customer++) {
            assertEquals("token-1", tokens.of(7).orElseThrow().plain());
        }
        stored.token = "token-2";
        seconds.set(31);

        assertEquals("token-2", tokens.of(7).orElseThrow().plain());
        assertEquals(2, stored.reads.get());
    }

    @Test
    void aRefusedTokenIsReadAgainAtOnce() {
        tokens.of(7);
        stored.token = "token-2";
        tokens.forget(7);

        assertEquals("token-2", tokens.of(7).orElseThrow().plain());
    }
}
