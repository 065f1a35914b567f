package io.livedesk.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The Page token of each inbox's Facebook channel, decrypted, kept for half a minute: fetching a new customer's
 * profile needs it for every new customer, and reading and decrypting it each time was a quarter of that work. A
 * token replaced by a new login, or a channel disconnected or waiting for one, is seen within that half minute;
 * until then a refused call can only mark the channel if the token it used is still the stored one
 * ({@link CustomerDetailRecords#tokenRefused}).
 */
@ApplicationScoped
public class PageTokens {

    static final Duration KEPT_FOR = Duration.ofSeconds(30);

    /** A token as stored (to compare with the channel's) and as sent to Facebook. */
    public record PageToken(String encrypted, String plain) {
    }

    private record Kept(Optional<PageToken> token, long readAtNanos) {
    }

    @Inject
    CustomerDetailRecords records;

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();
    /** The clock of {@link #kept}; a test sets its own. */
    LongSupplier nanoTime = System::nanoTime;

    /** The token to call Facebook with for this inbox; empty when its channel cannot be called now. */
    public Optional<PageToken> of(long inboxId) {
        long now = nanoTime.getAsLong();
        Kept known = kept.get(inboxId);
        if (known != null && now - known.readAtNanos() < KEPT_FOR.toNanos()) {
            return known.token();
        }
        Optional<PageToken> token = records.pageToken(inboxId);
        kept.put(inboxId, new Kept(token, now));
        return token;
    }

    /** Facebook refused the token: read it again next time. */
    public void forget(long inboxId) {
        kept.remove(inboxId);
    }
}
