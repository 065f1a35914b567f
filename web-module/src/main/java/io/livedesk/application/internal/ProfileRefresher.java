package io.livedesk.application.internal;

import io.livedesk.application.internal.PageTokens.PageToken;
import io.livedesk.domain.file.StoredFile;
import io.livedesk.infrastructure.facebook.CustomerProfile;
import io.livedesk.infrastructure.facebook.GraphClient;
import io.livedesk.infrastructure.facebook.GraphException;
import io.livedesk.infrastructure.facebook.MediaDownloads;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fetches the customer's name and picture from Facebook when a message arrives and what LiveDesk knows is missing or
 * older than a day, in the background: a slow or failing profile call never holds up a message. Facebook may give
 * nothing (no permission, a phone-number account): then the contact keeps its neutral label, never an invented
 * name. The picture is copied, because Facebook's picture links expire.
 */
@ApplicationScoped
public class ProfileRefresher {

    private static final Logger LOG = Logger.getLogger(ProfileRefresher.class.getName());
    static final Duration STALE_AFTER = Duration.ofDays(1);
    static final int RECENTLY_FETCHED_KEPT = 10_000;

    @Inject
    @DownloadsExecutor
    ManagedExecutorService executor;

    @Inject
    DeliverySurge surge;

    @Inject
    CustomerDetailRecords records;

    @Inject
    GraphClient graph;

    @Inject
    MediaDownloads downloads;

    @Inject
    PageTokens pageTokens;

    @Inject
    Clock clock;

    private final Set<Long> fetching = ConcurrentHashMap.newKeySet();
    private final RecentFetches recentlyFetched = new RecentFetches(RECENTLY_FETCHED_KEPT);

    void onCustomerSeen(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerSeen seen) {
        if (!isStale(seen.profileFetchedAt())) {
            return; // most messages: a customer whose profile is fresh
        }
        executor.execute(() -> {
            surge.giveWay();
            refresh(seen.inboxId(), seen.contactId(), seen.sourceId());
        });
    }

    private boolean isStale(Instant fetchedAt) {
        return fetchedAt == null || fetchedAt.isBefore(clock.instant().minus(STALE_AFTER));
    }

    void refresh(long inboxId, long contactId, String pageScopedId) {
        // A new customer's first messages arrive together: one of them asks Facebook, and the next ones, whose
        // receipt still said "never fetched", know it was. (Two servers may each ask once: the same answer.)
        if (recentlyFetched.fetchedAfter(contactId, clock.instant().minus(STALE_AFTER)) || !fetching.add(contactId)) {
            return;
        }
        try {
            Optional<PageToken> token = pageTokens.of(inboxId);
            if (token.isPresent()) {
                fetch(inboxId, contactId, pageScopedId, token.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The profile of contact " + contactId + " could not be refreshed", e);
        } finally {
            fetching.remove(contactId);
        }
    }

    /** Whatever Facebook answers, the attempt is dated, so that the customer's next messages do not ask again. */
    private void fetch(long inboxId, long contactId, String pageScopedId, PageToken pageToken) {
        CustomerProfile profile;
        try {
            profile = graph.profile(pageScopedId, pageToken.plain());
        } catch (GraphException refused) {
            if (refused.tokenInvalid()) {
                pageTokens.forget(inboxId);
                records.tokenRefused(inboxId, pageToken.encrypted(), refused);
            }
            LOG.info("No profile for contact " + contactId + ": " + refused.explanation());
            dated(contactId, null, null, null, null);
            return;
        }
        StoredFile picture = null;
        if (profile.pictureUrl() != null) {
            try {
                picture = records.keep(downloads.fetch(profile.pictureUrl()));
            } catch (MediaDownloads.Refused notCopied) {
                LOG.info("Profile picture of contact " + contactId + " " + notCopied.getMessage());
            }
        }
        dated(contactId, profile.displayName(), profile.locale(), picture,
                picture == null ? profile.pictureUrl() : null);
    }

    /**
     * Only an attempt dated in the database counts as fetched: a customer whose profile could not be asked for (no
     * usable token, the database away) is asked for again at their next message.
     */
    private void dated(long contactId, String name, String locale, StoredFile picture, String pictureUrl) {
        records.profileFetched(contactId, name, locale, picture, pictureUrl);
        recentlyFetched.fetched(contactId, clock.instant());
    }
}
