package io.livedesk.interfaces.sandbox.facebook;

import io.livedesk.infrastructure.config.LiveDeskConfig;
import io.livedesk.infrastructure.facebook.FacebookSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Graph API endpoints LiveDesk calls, answering as Facebook does: the OAuth code and long-lived token
 * exchanges, {@code debug_token}, {@code /me}, {@code /me/accounts} with cursor paging, a Page's
 * {@code subscribed_apps}, customer profiles, and the Send API, which records the reply in the thread and then
 * sends the echo and the delivery webhooks. Every refusal is a {@link GraphError}.
 */
@ApplicationScoped
public class GraphApi {

    static final String APP_NAME = "LiveDesk Sandbox App";
    static final long USER_TOKEN_SECONDS = 5183976;
    static final long LONG_LIVED_TOKEN_SECONDS = 5183944;
    static final Set<String> PAGE_FIELDS = Set.of("messages", "message_echoes", "message_deliveries", "message_reads",
            "message_reactions", "message_edits", "messaging_postbacks", "messaging_referrals", "messaging_optins",
            "messaging_handovers", "standby", "messaging_policy_enforcement", "messaging_account_linking",
            "messaging_feedback", "messaging_game_plays", "response_feedback", "send_cart",
            "messenger_template_status_update", "feed");
    private static final String DEFAULT_ACCOUNT_FIELDS = "access_token,category,category_list,name,id,tasks";
    private static final Set<String> PAGE_SCOPED_PERMISSIONS = Set.of("pages_show_list", "pages_messaging",
            "pages_manage_metadata", "pages_read_engagement");
    private static final DateTimeFormatter FACEBOOK_DATE =
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    SandboxStore store;

    @Inject
    AuthorizationCodes codes;

    @Inject
    WebhookSender webhooks;

    @Inject
    FacebookSettings facebook;

    @Inject
    LiveDeskConfig config;

    @Inject
    Clock clock;

    /** The response body of a successful call. */
    Map<String, Object> handle(GraphRequest request) {
        List<String> path = request.path();
        String method = request.method();
        if (path.equals(List.of("oauth", "access_token")) && !method.equals("DELETE")) {
            return accessToken(request);
        }
        if (path.equals(List.of("debug_token")) && method.equals("GET")) {
            return debugToken(request);
        }
        if (path.size() == 1 && method.equals("GET")) {
            return node(request, path.get(0));
        }
        if (path.size() == 2 && path.get(1).equals("accounts") && method.equals("GET")) {
            return accounts(request, path.get(0));
        }
        if (path.size() == 2 && path.get(1).equals("subscribed_apps")) {
            return subscribedApps(request, path.get(0));
        }
        if (path.size() == 2 && path.get(1).equals("messages")) {
            if (!method.equals("POST")) {
                throw GraphError.unsupportedMethod(method);
            }
            return send(request, path.get(0));
        }
        if (path.size() == 1 || path.size() == 2) {
            throw GraphError.unsupportedMethod(method);
        }
        throw GraphError.unknownPath(request.pathText());
    }

    // --- OAuth ----------------------------------------------------------------------------------------------

    private Map<String, Object> accessToken(GraphRequest request) {
        if ("client_credentials".equals(request.parameter("grant_type"))) {
            checkApp(request);
            return tokenResponse(FacebookSettings.SANDBOX_APP_ID + "|" + appSecret(), null);
        }
        checkApp(request);
        Instant now = clock.instant();
        if ("fb_exchange_token".equals(request.parameter("grant_type"))) {
            UserToken shortLived = userToken(request.parameter("fb_exchange_token"), now);
            UserToken longLived = new UserToken(FacebookIds.userAccessToken(), shortLived.pageIds(),
                    shortLived.scopes(), now, now.plusSeconds(LONG_LIVED_TOKEN_SECONDS));
            store.update(state -> state.addUserToken(longLived));
            return tokenResponse(longLived.token(), LONG_LIVED_TOKEN_SECONDS);
        }
        if (request.parameter("code") == null) {
            throw GraphError.invalidParameter("Missing authorization code");
        }
        AuthorizationCodes.Grant grant = codes.redeem(request.parameter("code"), request.parameter("redirect_uri"), now);
        UserToken token = new UserToken(FacebookIds.userAccessToken(), grant.pageIds(), grant.scopes(), now,
                now.plusSeconds(USER_TOKEN_SECONDS));
        store.update(state -> state.addUserToken(token));
        return tokenResponse(token.token(), USER_TOKEN_SECONDS);
    }

    private void checkApp(GraphRequest request) {
        if (!FacebookSettings.SANDBOX_APP_ID.equals(request.parameter("client_id"))) {
            throw GraphError.invalidAppId();
        }
        String secret = request.parameter("client_secret");
        if (secret == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                appSecret().getBytes(StandardCharsets.UTF_8))) {
            throw GraphError.invalidClientSecret();
        }
    }

    private static Map<String, Object> tokenResponse(String token, Long expiresIn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", "bearer");
        if (expiresIn != null) {
            body.put("expires_in", expiresIn);
        }
        return body;
    }

    private Map<String, Object> debugToken(GraphRequest request) {
        String caller = request.accessToken();
        if (caller == null) {
            throw GraphError.activeTokenRequired();
        }
        if (!caller.equals(appToken())) {
            caller(caller, clock.instant());
        }
        String input = request.parameter("input_token");
        if (input == null) {
            throw GraphError.invalidParameter("The parameter input_token is required");
        }
        Instant now = clock.instant();
        Map<String, Object> data = new LinkedHashMap<>();
        Optional<SandboxPage> page = store.read(state -> state.pageWithToken(input));
        Optional<UserToken> user = store.read(state -> state.userToken(input));
        if (page.isEmpty() && user.isEmpty()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", 190);
            error.put("message", "Invalid OAuth access token - Cannot parse access token");
            data.put("error", error);
            data.put("is_valid", false);
            data.put("scopes", List.of());
            return Map.of("data", data);
        }
        data.put("app_id", FacebookSettings.SANDBOX_APP_ID);
        data.put("type", page.isPresent() ? "PAGE" : "USER");
        data.put("application", APP_NAME);
        List<String> scopes = user.map(UserToken::scopes).orElse(List.of("pages_show_list", "pages_messaging",
                "pages_manage_metadata", "pages_read_engagement", "public_profile"));
        if (user.isPresent()) {
            UserToken token = user.get();
            data.put("data_access_expires_at", token.issuedAt().plus(Duration.ofDays(90)).getEpochSecond());
            data.put("expires_at", token.expiresAt().getEpochSecond());
            data.put("is_valid", !token.expiredAt(now));
            data.put("issued_at", token.issuedAt().getEpochSecond());
        } else {
            data.put("data_access_expires_at", now.plus(Duration.ofDays(90)).getEpochSecond());
            data.put("expires_at", 0);
            data.put("is_valid", true);
            data.put("profile_id", page.get().id());
        }
        data.put("scopes", scopes);
        List<String> targets = page.map(p -> List.of(p.id())).orElseGet(() -> user.get().pageIds());
        List<Map<String, Object>> granular = new ArrayList<>();
        for (String scope : scopes) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("scope", scope);
            if (PAGE_SCOPED_PERMISSIONS.contains(scope)) {
                item.put("target_ids", targets);
            }
            if (!scope.equals("public_profile")) {
                granular.add(item);
            }
        }
        data.put("granular_scopes", granular);
        data.put("user_id", SandboxState.PERSON_ID);
        return Map.of("data", data);
    }

    // --- Nodes ----------------------------------------------------------------------------------------------

    private Map<String, Object> node(GraphRequest request, String id) {
        Caller caller = caller(request.accessToken(), clock.instant());
        String fields = request.parameter("fields");
        if (id.equals("me")) {
            if (caller.page() != null) {
                return pageNode(caller.page(), fields, false);
            }
            id = SandboxState.PERSON_ID;
        }
        if (id.equals(SandboxState.PERSON_ID) && caller.user() != null) {
            Map<String, Object> person = new LinkedHashMap<>();
            for (String field : fields(fields, "name,id", Set.of("id", "name"), "User")) {
                person.put(field, field.equals("id") ? SandboxState.PERSON_ID : SandboxState.PERSON_NAME);
            }
            return person;
        }
        String nodeId = id;
        Optional<SandboxPage> page = store.read(state -> state.page(nodeId));
        if (page.isPresent()) {
            boolean reachable = caller.user() != null ? caller.user().pageIds().contains(nodeId)
                    : caller.page().id().equals(nodeId);
            if (reachable) {
                return pageNode(page.get(), fields, caller.user() != null);
            }
        }
        Optional<SandboxCustomer> customer = store.read(state -> state.customer(nodeId));
        if (customer.isPresent() && caller.page() != null && caller.page().id().equals(customer.get().pageId())) {
            return profile(customer.get(), fields);
        }
        throw GraphError.unsupportedGet(id);
    }

    private Map<String, Object> pageNode(SandboxPage page, String fields, boolean withToken) {
        Map<String, Object> node = new LinkedHashMap<>();
        for (String field : fields(fields, "name,id",
                Set.of("id", "name", "access_token", "category", "category_list", "tasks"), "Page")) {
            if (!field.equals("access_token") || withToken) {
                node.put(field, pageField(page, field));
            }
        }
        return node;
    }

    private static Object pageField(SandboxPage page, String field) {
        return switch (field) {
            case "id" -> page.id();
            case "name" -> page.name();
            case "access_token" -> page.accessToken();
            case "category" -> page.category();
            case "category_list" -> List.of(Map.of("id", page.categoryId(), "name", page.category()));
            default -> SandboxPage.TASKS;
        };
    }

    /** Only what the Page's granted permissions cover: timezone and gender need permissions not granted here. */
    private Map<String, Object> profile(SandboxCustomer customer, String fields) {
        Map<String, Object> profile = new LinkedHashMap<>();
        for (String field : fields(fields, "name,id", Set.of("id", "name", "first_name", "last_name", "profile_pic",
                "locale", "timezone", "gender"), "User")) {
            switch (field) {
                case "id" -> profile.put("id", customer.psid());
                case "name" -> profile.put("name", customer.name());
                case "first_name" -> profile.put("first_name", customer.firstName());
                case "last_name" -> profile.put("last_name", customer.lastName());
                case "profile_pic" -> profile.put("profile_pic", ProfilePictureServlet.url(config.publicUrl(),
                        customer.psid()));
                case "locale" -> profile.put("locale", customer.locale());
                default -> {
                    // timezone, gender: permission not granted, so Facebook leaves them out.
                }
            }
        }
        profile.putIfAbsent("id", customer.psid());
        return profile;
    }

    private static List<String> fields(String requested, String otherwise, Set<String> known, String nodeType) {
        String list = requested == null || requested.isBlank() ? otherwise : requested;
        List<String> fields = Arrays.stream(list.split(",")).map(String::strip).filter(f -> !f.isEmpty())
                .distinct().toList();
        for (String field : fields) {
            if (!known.contains(field)) {
                throw GraphError.invalidParameter("Tried accessing nonexisting field (" + field + ") on node type ("
                        + nodeType + ")");
            }
        }
        return fields;
    }

    // --- Pages of the person --------------------------------------------------------------------------------

    private Map<String, Object> accounts(GraphRequest request, String who) {
        Caller caller = caller(request.accessToken(), clock.instant());
        if (caller.user() == null || !(who.equals("me") || who.equals(SandboxState.PERSON_ID))) {
            throw GraphError.unsupportedGet(who);
        }
        String fieldList = Optional.ofNullable(request.parameter("fields")).orElse(DEFAULT_ACCOUNT_FIELDS);
        List<String> fields = fields(fieldList, DEFAULT_ACCOUNT_FIELDS,
                Set.of("id", "name", "access_token", "category", "category_list", "tasks"), "Page");
        List<SandboxPage> granted = store.read(state -> state.pages().stream()
                .filter(page -> caller.user().pageIds().contains(page.id())).toList());
        Integer limit = request.parameter("limit") == null ? null : parseLimit(request.parameter("limit"));
        CursorPaging.Slice<SandboxPage> slice = CursorPaging.slice(granted, SandboxPage::id,
                request.parameter("after"), request.parameter("before"), limit);
        List<Map<String, Object>> data = new ArrayList<>();
        for (SandboxPage page : slice.items()) {
            Map<String, Object> item = new LinkedHashMap<>();
            fields.forEach(field -> item.put(field, pageField(page, field)));
            data.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        if (!slice.items().isEmpty()) {
            Map<String, Object> paging = new LinkedHashMap<>();
            paging.put("cursors", Map.of("before", slice.before(), "after", slice.after()));
            // Absolute, with the token and the numeric user id, as Facebook writes them: clients follow them verbatim.
            String base = graphBase() + "/" + request.version() + "/" + SandboxState.PERSON_ID
                    + "/accounts?access_token=" + encode(request.accessToken()) + "&pretty=0&fields="
                    + encode(String.join(",", fields)) + "&limit=" + (limit == null ? CursorPaging.DEFAULT_LIMIT : limit);
            if (slice.hasPrevious()) {
                paging.put("previous", base + "&before=" + slice.before());
            }
            if (slice.hasNext()) {
                paging.put("next", base + "&after=" + slice.after());
            }
            body.put("paging", paging);
        }
        return body;
    }

    private static Integer parseLimit(String limit) {
        try {
            return Integer.valueOf(limit);
        } catch (NumberFormatException e) {
            throw GraphError.invalidParameter("Param limit must be an integer");
        }
    }

    // --- Webhook subscriptions ------------------------------------------------------------------------------

    private Map<String, Object> subscribedApps(GraphRequest request, String pageId) {
        SandboxPage page = pageCaller(request, pageId);
        switch (request.method()) {
            case "GET" -> {
                List<String> fields = store.read(state -> state.subscribedFields(page.id()));
                if (fields.isEmpty()) {
                    return Map.of("data", List.of());
                }
                Map<String, Object> app = new LinkedHashMap<>();
                app.put("category", "Business");
                app.put("link", config.publicUrl() + "/");
                app.put("name", APP_NAME);
                app.put("id", FacebookSettings.SANDBOX_APP_ID);
                app.put("subscribed_fields", fields);
                return Map.of("data", List.of(app));
            }
            case "POST" -> {
                List<String> fields = subscribedFields(request);
                store.update(state -> state.subscribe(page.id(), fields));
                return Map.of("success", true);
            }
            case "DELETE" -> {
                store.update(state -> state.unsubscribe(page.id()));
                return Map.of("success", true);
            }
            default -> throw GraphError.unsupportedMethod(request.method());
        }
    }

    /** From the query or form ({@code a,b}) or a JSON body ({@code ["a","b"]}): Facebook takes both. */
    private static List<String> subscribedFields(GraphRequest request) {
        List<String> fields = new ArrayList<>();
        String listed = request.parameter("subscribed_fields");
        if (listed != null) {
            Arrays.stream(listed.replace("[", "").replace("]", "").replace("\"", "").split(","))
                    .map(String::strip).filter(f -> !f.isEmpty()).forEach(fields::add);
        } else if (request.body() != null) {
            fields.addAll(Jsons.texts(request.body(), "subscribed_fields"));
        }
        if (fields.isEmpty()) {
            throw GraphError.invalidParameter("The parameter subscribed_fields is required");
        }
        for (String field : fields) {
            if (!PAGE_FIELDS.contains(field)) {
                throw GraphError.invalidParameter("Param subscribed_fields[" + fields.indexOf(field)
                        + "] must be one of {" + String.join(", ", PAGE_FIELDS.stream().sorted().toList())
                        + "} - got \"" + field + "\"");
            }
        }
        return fields.stream().distinct().toList();
    }

    // --- Send API -------------------------------------------------------------------------------------------

    private Map<String, Object> send(GraphRequest request, String pageId) {
        SandboxPage page = pageCaller(request, pageId);
        SendRequest send = SendRequest.read(request.body() == null ? Map.of() : request.body());
        Instant now = clock.instant();
        SandboxCustomer customer = store.read(state -> state.customer(send.recipientId()))
                .filter(c -> c.pageId().equals(page.id()))
                .orElseThrow(GraphError::noMatchingUser);
        if (send.isSenderAction()) {
            return Map.of("recipient_id", customer.psid());
        }
        ThreadMessage reply = store.change(state -> {
            MessagingWindow.check(send.messagingType(), send.tag(), state.lastCustomerAction(customer.psid()), now);
            // Never earlier than the thread's last item, so the watermarks of deliveries and reads stay ordered.
            long timestamp = Math.max(now.toEpochMilli(), state.thread(customer.psid()).stream()
                    .mapToLong(ThreadMessage::timestamp).max().orElse(0) + 1);
            ThreadMessage message = new ThreadMessage(FacebookIds.messageId(), customer.psid(),
                    ThreadMessage.Sender.PAGE, timestamp, send.text(), send.attachmentType(), send.attachmentUrl(),
                    null, send.metadata());
            state.append(message);
            return message;
        });
        long appId = Long.parseLong(FacebookSettings.SANDBOX_APP_ID);
        webhooks.send(WebhookBodies.echo(page.id(), reply, appId, clock.instant().toEpochMilli()));
        webhooks.send(WebhookBodies.delivered(page.id(), reply, clock.instant().toEpochMilli()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipient_id", customer.psid());
        body.put("message_id", reply.mid());
        if (send.reusable()) {
            body.put("attachment_id", FacebookIds.attachmentId());
        }
        return body;
    }

    // --- Tokens ---------------------------------------------------------------------------------------------

    /** Who is calling: the sandbox person (user token) or a Page (Page token). */
    private record Caller(UserToken user, SandboxPage page) {
    }

    private Caller caller(String token, Instant now) {
        if (token == null) {
            throw GraphError.activeTokenRequired();
        }
        Optional<SandboxPage> page = store.read(state -> state.pageWithToken(token));
        if (page.isPresent()) {
            return new Caller(null, page.get());
        }
        return new Caller(userToken(token, now), null);
    }

    private UserToken userToken(String token, Instant now) {
        if (token == null) {
            throw GraphError.activeTokenRequired();
        }
        UserToken user = store.read(state -> state.userToken(token)).orElseThrow(GraphError::invalidToken);
        if (user.expiredAt(now)) {
            throw GraphError.sessionExpired(FACEBOOK_DATE.format(user.expiresAt()), FACEBOOK_DATE.format(now));
        }
        return user;
    }

    /** The Page a Page-token call is about: {@code me} or its id, and the token must be that Page's. */
    private SandboxPage pageCaller(GraphRequest request, String pageId) {
        Caller caller = caller(request.accessToken(), clock.instant());
        if (caller.page() == null) {
            if (store.read(state -> state.page(pageId)).isPresent() || pageId.equals("me")) {
                throw GraphError.pageTokenRequired();
            }
            throw GraphError.unsupportedGet(pageId);
        }
        if (!pageId.equals("me") && !pageId.equals(caller.page().id())) {
            if (store.read(state -> state.page(pageId)).isPresent()) {
                throw GraphError.permissionDenied("The Page access token given is not the one of Page " + pageId);
            }
            throw GraphError.unsupportedGet(pageId);
        }
        return caller.page();
    }

    private String appSecret() {
        return facebook.appSecret().orElseThrow(() -> new IllegalStateException("The sandbox app has no secret"));
    }

    private String appToken() {
        return FacebookSettings.SANDBOX_APP_ID + "|" + appSecret();
    }

    private String graphBase() {
        return config.publicUrl() + FacebookSettings.SANDBOX_PATH + "/graph";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
