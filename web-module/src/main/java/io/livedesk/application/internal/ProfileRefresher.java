package io.livedesk.application.internal;

import io.livedesk.application.internal.CustomerDetailRecords.ProfileRequest;
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
import java.util.Optional;
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
    Clock clock;

    void onCustomerSeen(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerSeen seen) {
        executor.execute(() -> {
            surge.giveWay();
            refresh(seen.inboxId(), seen.contactId(), seen.sourceId());
        });
    }

    void refresh(long inboxId, long contactId, String pageScopedId) {
        try {
            Optional<ProfileRequest> due = records.claimStaleProfile(inboxId, contactId, pageScopedId,
                    clock.instant().minus(STALE_AFTER));
            if (due.isEmpty()) {
                return;
            }
            ProfileRequest request = due.get();
            CustomerProfile profile;
            try {
                profile = graph.profile(request.pageScopedId(), request.pageToken());
            } catch (GraphException refused) {
                if (refused.tokenInvalid()) {
                    records.tokenRefused(inboxId, refused);
                }
                LOG.info("No profile for contact " + contactId + ": " + refused.explanation());
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
            records.profileFetched(contactId, profile.displayName(), profile.locale(), picture,
                    picture == null ? profile.pictureUrl() : null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The profile of contact " + contactId + " could not be refreshed", e);
        }
    }
}
