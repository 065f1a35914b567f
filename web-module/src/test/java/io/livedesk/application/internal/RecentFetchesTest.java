package io.livedesk.application.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentFetchesTest {

    private static final Instant NOON = Instant.parse("2026-12-08T12:00:00Z");

    @Test
    void aProfileFetchedMomentsAgoIsNotFetchedAgainButOneFetchedYesterdayIs() {
        RecentFetches recent = new RecentFetches(10);
        recent.fetched(1, NOON);

        assertTrue(recent.fetchedAfter(1, NOON.minus(Duration.ofDays(1))));
        assertFalse(recent.fetchedAfter(1, NOON.plusSeconds(1)), "a day later it is stale");
        assertFalse(recent.fetchedAfter(2, NOON.minus(Duration.ofDays(1))), "never fetched here");
    }

    @Test
    void theOldestFetchIsForgottenWhenTheListIsFull() {
        RecentFetches recent = new RecentFetches(2);
        recent.fetched(1, NOON);
        recent.fetched(2, NOON);
        recent.fetched(3, NOON);

        assertFalse(recent.fetchedAfter(1, NOON.minusSeconds(1)));
        assertTrue(recent.fetchedAfter(3, NOON.minusSeconds(1)));
    }
}
