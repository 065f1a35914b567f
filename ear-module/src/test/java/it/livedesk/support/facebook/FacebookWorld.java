package it.livedesk.support.facebook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the fake Facebook knows: users, Pages, customers, the tokens and codes it issued, subscriptions, what
 * LiveDesk sent and when each customer last wrote. Every method is synchronized: the HTTP server answers on many
 * threads while a test changes the world from its own.
 */
final class FacebookWorld {

    /** Graph's default scopes for a helpdesk login when the dialog named none (a Login for Business config_id). */
    static final List<String> DEFAULT_SCOPES = List.of("pages_show_list", "business_management", "pages_messaging",
            "pages_read_engagement", "pages_manage_metadata", "public_profile");

    private static final Duration SHORT_LIVED = Duration.ofSeconds(5183976);
    private static final Duration LONG_LIVED = Duration.ofSeconds(5183944);

    private final Map<String, FakeUser> users = new LinkedHashMap<>();
    private final Map<String, FakePage> pages = new LinkedHashMap<>();
    private final Map<String, FakeCustomer> customers = new LinkedHashMap<>();
    private final Map<String, IssuedToken> tokens = new HashMap<>();
    private final Map<String, GraphError> deadTokens = new HashMap<>();
    private final Map<String, String> currentPageTokens = new HashMap<>();
    private final Map<String, String> preferredUserTokens = new HashMap<>();
    private final Map<String, AuthorizationCode> codes = new HashMap<>();
    private final Set<String> usedCodes = new java.util.HashSet<>();
    private final Map<String, List<String>> subscriptions = new HashMap<>();
    private final Map<String, Instant> lastInbound = new HashMap<>();
    private final Map<String, ProfileMode> profileModes = new HashMap<>();
    private final List<SentMessage> sends = new ArrayList<>();
    private final List<String> uploadedAttachments = new ArrayList<>();

    // --- people and Pages

    synchronized FakeUser addUser(String id, String name) {
        FakeUser user = new FakeUser(id, name);
        users.put(id, user);
        return user;
    }

    synchronized Optional<FakeUser> user(String id) {
        return Optional.ofNullable(users.get(id));
    }

    synchronized Optional<FakeUser> firstUser() {
        return users.values().stream().findFirst();
    }

    synchronized FakePage addPage(FakePage page, String token) {
        pages.put(page.id(), page);
        issuePageToken(page, token);
        return page;
    }

    synchronized Optional<FakePage> page(String id) {
        return Optional.ofNullable(pages.get(id));
    }

    synchronized List<FakePage> pagesOf(FakeUser user) {
        return pages.values().stream().filter(page -> page.admin().id().equals(user.id())).toList();
    }

    synchronized FakeCustomer addCustomer(FakeCustomer customer) {
        customers.put(customer.psid(), customer);
        return customer;
    }

    synchronized Optional<FakeCustomer> customer(String psid) {
        return Optional.ofNullable(customers.get(psid));
    }

    synchronized ProfileMode profileMode(FakeCustomer customer) {
        return profileModes.getOrDefault(customer.psid(), ProfileMode.VISIBLE);
    }

    synchronized void setProfileMode(FakeCustomer customer, ProfileMode mode) {
        profileModes.put(customer.psid(), mode);
    }

    // --- tokens

    synchronized String pageToken(FakePage page) {
        return currentPageTokens.get(page.id());
    }

    /**
     * The Page token a user token gives access to, carrying that login's permissions. A Page token that was
     * invalidated is replaced by a new one, as when the admin logs in again after changing their password.
     */
    synchronized String pageTokenFor(FakePage page, List<String> scopes) {
        String current = currentPageTokens.get(page.id());
        if (current == null || deadTokens.containsKey(current)) {
            current = RandomIds.pageToken();
        }
        IssuedToken previous = tokens.get(current);
        tokens.put(current, new IssuedToken(current, TokenKind.PAGE, page.admin(), page, Set.of(page.id()),
                List.copyOf(scopes), previous == null ? Instant.now() : previous.issuedAt(), null));
        currentPageTokens.put(page.id(), current);
        return current;
    }

    private String issuePageToken(FakePage page, String value) {
        tokens.put(value, new IssuedToken(value, TokenKind.PAGE, page.admin(), page, Set.of(page.id()),
                DEFAULT_SCOPES, Instant.now(), null));
        deadTokens.remove(value);
        currentPageTokens.put(page.id(), value);
        return value;
    }

    synchronized IssuedToken issueUserToken(FakeUser user, TokenKind kind, Set<String> grantedPageIds,
            List<String> scopes) {
        String value = preferredUserTokens.remove(user.id() + "/" + kind);
        if (value == null || deadTokens.containsKey(value)) {
            value = RandomIds.userToken();
        }
        Instant now = Instant.now();
        IssuedToken token = new IssuedToken(value, kind, user, null, grantedPageIds, scopes, now,
                now.plus(kind == TokenKind.SHORT_LIVED_USER ? SHORT_LIVED : LONG_LIVED));
        tokens.put(value, token);
        return token;
    }

    /** Makes the next token of this kind for this user be {@code value} (so the fixture identities use theirs). */
    synchronized void preferUserToken(FakeUser user, TokenKind kind, String value) {
        preferredUserTokens.put(user.id() + "/" + kind, value);
    }

    synchronized void registerToken(IssuedToken token) {
        tokens.put(token.value(), token);
        deadTokens.remove(token.value());
    }

    synchronized Optional<IssuedToken> token(String value) {
        return Optional.ofNullable(tokens.get(value));
    }

    synchronized Optional<GraphError> deathOf(String value) {
        return Optional.ofNullable(deadTokens.get(value));
    }

    synchronized void kill(String token, GraphError error) {
        deadTokens.put(token, error);
    }

    synchronized List<IssuedToken> tokensOf(FakeUser user) {
        return tokens.values().stream().filter(token -> token.user() != null && token.user().id().equals(user.id()))
                .toList();
    }

    // --- login codes

    synchronized void addCode(AuthorizationCode code) {
        codes.put(code.value(), code);
    }

    synchronized Optional<AuthorizationCode> code(String value) {
        return Optional.ofNullable(codes.get(value));
    }

    /** Takes a code for good: true the first time, false ever after (a second exchange fails with 36009). */
    synchronized boolean markUsed(String value) {
        return usedCodes.add(value);
    }

    // --- subscriptions

    synchronized List<String> subscribedFields(FakePage page) {
        return List.copyOf(subscriptions.getOrDefault(page.id(), List.of()));
    }

    synchronized boolean isSubscribed(FakePage page) {
        return subscriptions.containsKey(page.id());
    }

    synchronized void subscribe(FakePage page, Collection<String> fields) {
        subscriptions.put(page.id(), List.copyOf(fields));
    }

    synchronized void unsubscribe(FakePage page) {
        subscriptions.remove(page.id());
    }

    private final Map<String, Integer> failedDeliveriesInARow = new HashMap<>();

    /** Counts failed deliveries per Page; the subscription goes after {@code limit} in a row. */
    synchronized void deliveryOutcome(String pageId, boolean succeeded, int limit) {
        int failures = succeeded ? 0 : failedDeliveriesInARow.getOrDefault(pageId, 0) + 1;
        failedDeliveriesInARow.put(pageId, failures);
        if (failures >= limit) {
            subscriptions.remove(pageId);
            failedDeliveriesInARow.put(pageId, 0);
        }
    }

    // --- messaging

    synchronized void customerActedAt(String psid, Instant time) {
        lastInbound.merge(psid, time, (old, fresh) -> fresh.isAfter(old) ? fresh : old);
    }

    synchronized void setLastInbound(String psid, Instant time) {
        if (time == null) {
            lastInbound.remove(psid);
        } else {
            lastInbound.put(psid, time);
        }
    }

    synchronized Optional<Instant> lastInbound(String psid) {
        return Optional.ofNullable(lastInbound.get(psid));
    }

    synchronized void recordSend(SentMessage sent) {
        sends.add(sent);
        notifyAll();
    }

    synchronized List<SentMessage> sends() {
        return List.copyOf(sends);
    }

    /** Waits until at least {@code count} sends match, or the timeout passes; returns the matching sends. */
    synchronized List<SentMessage> awaitSends(java.util.function.Predicate<SentMessage> filter, int count,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<SentMessage> matching = sends.stream().filter(filter).toList();
        while (matching.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
            matching = sends.stream().filter(filter).toList();
        }
        return matching;
    }

    synchronized String addUploadedAttachment() {
        String id = RandomIds.numeric("18", 16);
        uploadedAttachments.add(id);
        return id;
    }

    synchronized boolean knowsAttachment(String id) {
        return uploadedAttachments.contains(id);
    }
}
