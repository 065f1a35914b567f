package io.livedesk.interfaces.sandbox.facebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the sandbox's Facebook knows: its one person, their Pages, the customers who write to them, the
 * threads, the user tokens handed out and which Pages the app is subscribed to. Small by design (threads keep
 * their last {@value #THREAD_LIMIT} items) and written whole to one file. Not thread-safe: {@link SandboxStore}
 * serialises access.
 */
final class SandboxState {

    static final String PERSON_ID = "100000000000011";
    static final String PERSON_NAME = "Alex Rivera";
    static final int THREAD_LIMIT = 500;

    private final Map<String, SandboxPage> pages = new LinkedHashMap<>();
    private final Map<String, SandboxCustomer> customers = new LinkedHashMap<>();
    private final Map<String, List<ThreadMessage>> threads = new LinkedHashMap<>();
    private final Map<String, UserToken> userTokens = new LinkedHashMap<>();
    private final Map<String, List<String>> subscriptions = new LinkedHashMap<>();
    private final Map<String, Long> readWatermarks = new LinkedHashMap<>();

    /** A new sandbox: three Pages of one demo business, each with a customer or two who have not written yet. */
    static SandboxState seeded() {
        SandboxState state = new SandboxState();
        state.addPage(new SandboxPage("100000000000101", "Harbor Street Bakery", "Bakery", "197871390225897",
                FacebookIds.pageAccessToken()));
        state.addPage(new SandboxPage("100000000000102", "Harbor Street Café", "Coffee Shop", "128673187201735",
                FacebookIds.pageAccessToken()));
        state.addPage(new SandboxPage("100000000000103", "Harbor Street Catering", "Caterer", "192831537402299",
                FacebookIds.pageAccessToken()));
        state.addCustomer("100000000000101", "Camille", "Lefèvre", "fr_FR");
        state.addCustomer("100000000000101", "Jordan", "Lee", "en_US");
        state.addCustomer("100000000000102", "Jürgen", "Weiß", "de_DE");
        state.addCustomer("100000000000103", "Lucía", "Martín", "es_ES");
        return state;
    }

    // --- Pages and tokens -------------------------------------------------------------------------------------

    private void addPage(SandboxPage page) {
        pages.put(page.id(), page);
    }

    Collection<SandboxPage> pages() {
        return pages.values();
    }

    Optional<SandboxPage> page(String id) {
        return Optional.ofNullable(pages.get(id));
    }

    Optional<SandboxPage> pageWithToken(String token) {
        return pages.values().stream().filter(page -> page.accessToken().equals(token)).findFirst();
    }

    void addUserToken(UserToken token) {
        userTokens.put(token.token(), token);
    }

    Optional<UserToken> userToken(String token) {
        return Optional.ofNullable(userTokens.get(token));
    }

    /** Expired user tokens are kept a while so a caller gets "expired", not "invalid"; then they go. */
    void forgetUserTokensExpiredBefore(Instant instant) {
        userTokens.values().removeIf(token -> token.expiresAt().isBefore(instant));
    }

    // --- Webhook subscriptions --------------------------------------------------------------------------------

    List<String> subscribedFields(String pageId) {
        return subscriptions.getOrDefault(pageId, List.of());
    }

    /** Replaces the Page's fields, as Facebook's POST /{page-id}/subscribed_apps does. */
    void subscribe(String pageId, List<String> fields) {
        subscriptions.put(pageId, List.copyOf(fields));
    }

    void unsubscribe(String pageId) {
        subscriptions.remove(pageId);
    }

    // --- Customers and threads --------------------------------------------------------------------------------

    SandboxCustomer addCustomer(String pageId, String firstName, String lastName, String locale) {
        String psid;
        do {
            psid = FacebookIds.pageScopedId();
        } while (customers.containsKey(psid));
        SandboxCustomer customer = new SandboxCustomer(psid, pageId, firstName, lastName, locale);
        customers.put(psid, customer);
        return customer;
    }

    Optional<SandboxCustomer> customer(String psid) {
        return Optional.ofNullable(customers.get(psid));
    }

    List<SandboxCustomer> customersOf(String pageId) {
        return customers.values().stream().filter(customer -> customer.pageId().equals(pageId)).toList();
    }

    List<ThreadMessage> thread(String psid) {
        return List.copyOf(threads.getOrDefault(psid, List.of()));
    }

    void append(ThreadMessage message) {
        List<ThreadMessage> thread = threads.computeIfAbsent(message.psid(), psid -> new ArrayList<>());
        thread.add(message);
        if (thread.size() > THREAD_LIMIT) {
            thread.subList(0, thread.size() - THREAD_LIMIT).clear();
        }
    }

    /** When the customer last wrote or tapped a button: what opens Messenger's reply windows. */
    Optional<Instant> lastCustomerAction(String psid) {
        return threads.getOrDefault(psid, List.of()).stream()
                .filter(message -> message.from() == ThreadMessage.Sender.CUSTOMER)
                .map(message -> Instant.ofEpochMilli(message.timestamp()))
                .max(Instant::compareTo);
    }

    long readWatermark(String psid) {
        return readWatermarks.getOrDefault(psid, 0L);
    }

    void read(String psid, long watermark) {
        readWatermarks.put(psid, watermark);
    }

    // --- The file ---------------------------------------------------------------------------------------------

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", 1);
        json.put("pages", pages.values().stream().map(SandboxPage::toJson).toList());
        json.put("customers", customers.values().stream().map(SandboxCustomer::toJson).toList());
        json.put("messages", threads.values().stream().flatMap(List::stream).map(ThreadMessage::toJson).toList());
        json.put("user_tokens", userTokens.values().stream().map(UserToken::toJson).toList());
        json.put("subscriptions", new LinkedHashMap<>(subscriptions));
        json.put("read_watermarks", new LinkedHashMap<>(readWatermarks));
        return json;
    }

    static SandboxState fromJson(Map<String, Object> json) {
        SandboxState state = new SandboxState();
        Jsons.objects(json, "pages").forEach(page -> state.addPage(SandboxPage.fromJson(page)));
        Jsons.objects(json, "customers").stream().map(SandboxCustomer::fromJson)
                .forEach(customer -> state.customers.put(customer.psid(), customer));
        Jsons.objects(json, "messages").forEach(message -> state.append(ThreadMessage.fromJson(message)));
        Jsons.objects(json, "user_tokens").forEach(token -> state.addUserToken(UserToken.fromJson(token)));
        Map<String, Object> subscriptions = Jsons.object(json, "subscriptions");
        if (subscriptions != null) {
            subscriptions.keySet().forEach(pageId -> state.subscribe(pageId, Jsons.texts(subscriptions, pageId)));
        }
        Map<String, Object> watermarks = Jsons.object(json, "read_watermarks");
        if (watermarks != null) {
            watermarks.keySet().forEach(psid -> state.read(psid, Jsons.number(watermarks, psid, 0)));
        }
        if (state.pages.isEmpty()) {
            throw new JsonReader.NotJson("The sandbox file holds no Pages");
        }
        return state;
    }
}
