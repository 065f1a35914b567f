package io.livedesk.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livedesk.application.internal.PageTokens.PageToken;
import io.livedesk.domain.file.StoredFile;
import io.livedesk.infrastructure.facebook.CustomerProfile;
import io.livedesk.infrastructure.facebook.GraphClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileRefresherTest {

    private static final long INBOX = 7;
    private static final long CAMILLE = 42;

    /** The channel's token: none while the channel waits for a new login. */
    private static final class ChannelToken extends PageTokens {
        Optional<PageToken> token = Optional.empty();

        @Override
        public Optional<PageToken> of(long inboxId) {
            return token;
        }
    }

    private static final class Facebook extends GraphClient {
        final List<String> asked = new ArrayList<>();

        @Override
        public CustomerProfile profile(String psid, String pageToken) {
            asked.add(psid);
            return new CustomerProfile("Camille", "Martin", "Camille Martin", null, "fr_FR");
        }
    }

    private static final class Records extends CustomerDetailRecords {
        final List<String> names = new ArrayList<>();

        @Override
        public void profileFetched(long contactId, String name, String locale, StoredFile picture, String pictureUrl) {
            names.add(name);
        }
    }

    private final ChannelToken tokens = new ChannelToken();
    private final Facebook facebook = new Facebook();
    private final Records records = new Records();
    private final ProfileRefresher refresher = new ProfileRefresher();

    ProfileRefresherTest() {
        refresher.pageTokens = tokens;
        refresher.graph = facebook;
        refresher.records = records;
        refresher.clock = Clock.systemUTC();
    }

    @Test
    void aCustomerWhoseProfileCouldNotBeAskedForIsAskedForAtTheirNextMessage() {
        refresher.refresh(INBOX, CAMILLE, "psid-camille");        // the channel waits for a new login
        tokens.token = Optional.of(new PageToken("encrypted", "token"));
        refresher.refresh(INBOX, CAMILLE, "psid-camille");

        assertEquals(List.of("psid-camille"), facebook.asked);
        assertEquals(List.of("Camille Martin"), records.names);
    }

    @Test
    void aProfileJustFetchedIsNotAskedForAgainByTheCustomersNextMessages() {
        tokens.token = Optional.of(new PageToken("encrypted", "token"));
        refresher.refresh(INBOX, CAMILLE, "psid-camille");
        refresher.refresh(INBOX, CAMILLE, "psid-camille");

        assertEquals(1, facebook.asked.size());
    }
}
