package it.livedesk.support.facebook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's single HTTP handler: finds the endpoint for a path (with or without a {@code vNN.0} prefix), applies
 * the faults a test planned for it, checks the token where Graph would, and writes the answer with Graph's headers.
 * Unknown paths get Graph's 2500 "Unknown path components".
 */
final class GraphRouter implements HttpHandler {

    /** An endpoint resolved from the path: what it is, which Page it concerns (for usage headers), how to answer. */
    private record Route(GraphEndpoint endpoint, String pageId, Handler handler) {
    }

    @FunctionalInterface
    private interface Handler {
        GraphResponse answer(GraphRequest request);
    }

    private final FakeFacebook fake;
    private final AccessTokens tokens;
    private final OAuthTokens oauth;
    private final Accounts accounts;
    private final PageSubscriptions subscriptions;
    private final CustomerProfiles profiles;
    private final SendApi sendApi;
    private final AttachmentUpload uploads;

    GraphRouter(FakeFacebook fake, CustomerProfiles profiles) {
        this.fake = fake;
        this.tokens = new AccessTokens(fake);
        this.oauth = new OAuthTokens(fake);
        this.accounts = new Accounts(fake);
        this.subscriptions = new PageSubscriptions(fake);
        this.profiles = profiles;
        this.sendApi = new SendApi(fake);
        this.uploads = new AttachmentUpload(fake);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (fake.cdn().serves(path)) {
                int failedWith = delayOrFail(GraphEndpoint.FILES, exchange, null);
                int status = failedWith != 0 ? failedWith : fake.cdn().serve(path, exchange.getRequestMethod(), exchange);
                fake.recordCall(new GraphCall(Instant.now(), exchange.getRequestMethod(), path, null,
                        GraphEndpoint.FILES, Map.of(), status));
                return;
            }
            if (path.startsWith(CustomerProfiles.PICTURE_PATH)) {
                if (delayOrFail(GraphEndpoint.FILES, exchange, null) == 0) {
                    profiles.servePicture(exchange, GraphRequest.formDecode(exchange.getRequestURI().getRawQuery()));
                }
                return;
            }
            GraphRequest request = GraphRequest.read(exchange);
            Optional<Route> route = routeOrNull(request);
            GraphResponse response = answer(request, route);
            fake.recordCall(new GraphCall(Instant.now(), request.method(), request.path(), request.version(),
                    route.map(Route::endpoint).orElse(null), textParameters(request), response.status()));
            write(exchange, withGraphHeaders(response, request));
        } catch (RuntimeException e) {
            // A bug in the fake must not look like a Facebook answer: say so loudly.
            e.printStackTrace();
            byte[] text = ("Fake Facebook failed: " + e).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(599, text.length);
            exchange.getResponseBody().write(text);
        }
    }

    private GraphResponse answer(GraphRequest request, Optional<Route> route) {
        if (route.isEmpty()) {
            return GraphError.of(2500, null, "Unknown path components: " + request.versionlessPath()).response(null);
        }
        Optional<Faults.Action> fault = fake.faults().take(route.get().endpoint());
        if (fault.isPresent()) {
            sleep(fault.get());
            if (fault.get().error() != null) {
                return fault.get().error().response(route.get().pageId());
            }
        }
        try {
            GraphResponse response = route.get().handler().answer(request);
            return fake.usageHeaders() && route.get().pageId() != null ? withUsage(response, route.get().pageId())
                    : response;
        } catch (GraphFailure failure) {
            return failure.error().response(route.get().pageId());
        }
    }

    /** For files: waits out a planned delay, answers a planned error; returns its status, 0 when none was due. */
    private int delayOrFail(GraphEndpoint endpoint, HttpExchange exchange, String pageId) throws IOException {
        Optional<Faults.Action> fault = fake.faults().take(endpoint);
        if (fault.isEmpty()) {
            return 0;
        }
        sleep(fault.get());
        if (fault.get().error() == null) {
            return 0;
        }
        GraphResponse response = fault.get().error().response(pageId);
        write(exchange, response);
        return response.status();
    }

    private static void sleep(Faults.Action action) {
        if (action.delay() == null || action.delay().isZero()) {
            return;
        }
        try {
            Thread.sleep(action.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<Route> routeOrNull(GraphRequest incoming) {
        List<String> s = incoming.segments();
        String method = incoming.method();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.equals(List.of("dialog", "oauth"))) {
            return route(GraphEndpoint.LOGIN_DIALOG, null, fake.loginDialog()::open);
        }
        if (s.equals(List.of("dialog", "oauth", "decision"))) {
            return route(GraphEndpoint.LOGIN_DIALOG, null, fake.loginDialog()::decide);
        }
        if (s.equals(List.of("oauth", "access_token"))) {
            return route(GraphEndpoint.ACCESS_TOKEN, null, oauth::accessToken);
        }
        if (s.equals(List.of("debug_token"))) {
            return route(GraphEndpoint.DEBUG_TOKEN, null, oauth::debugToken);
        }
        String node = s.get(0);
        if (s.size() == 1) {
            return nodeRoute(node, method);
        }
        if (s.size() != 2) {
            return Optional.empty();
        }
        String edge = s.get(1);
        Optional<FakePage> page = fake.world().page(node);
        String pageId = page.map(FakePage::id).orElse(null);
        return switch (edge) {
            case "accounts" -> route(GraphEndpoint.ACCOUNTS, null, request -> {
                IssuedToken token = tokens.authenticate(request);
                FakeUser user = node.equals("me") ? userOf(token)
                        : fake.world().user(node).orElseThrow(() -> unsupported(request, node));
                return accounts.accounts(request, token, user);
            });
            case "subscribed_apps" -> route(GraphEndpoint.SUBSCRIBED_APPS, pageId, request -> subscriptions
                    .handle(request, tokens.authenticate(request), pageOf(node, request)));
            case "messages" -> route(GraphEndpoint.SEND, pageId, request -> {
                requirePost(request);
                return sendApi.send(request, tokens.authenticate(request), pageOf(node, request));
            });
            case "message_attachments" -> route(GraphEndpoint.ATTACHMENT_UPLOAD, pageId, request -> {
                requirePost(request);
                return uploads.upload(request, tokens.authenticate(request), pageOf(node, request));
            });
            default -> Optional.empty();
        };
    }

    private Optional<Route> nodeRoute(String node, String method) {
        if (node.equals("me")) {
            return route(GraphEndpoint.ME, null, request -> accounts.me(request, tokens.authenticate(request)));
        }
        Optional<FakeUser> user = fake.world().user(node);
        if (user.isPresent()) {
            return route(GraphEndpoint.ME, null, request -> {
                tokens.authenticate(request);
                return accounts.user(request, user.get());
            });
        }
        Optional<FakePage> page = fake.world().page(node);
        if (page.isPresent()) {
            return route(GraphEndpoint.PAGE, node, request ->
                    accounts.page(request, tokens.authenticate(request), page.get()));
        }
        if (!node.matches("\\d+")) {
            return Optional.empty();
        }
        // An id the fake does not know is most likely a PSID; Graph answers such ids with "Unsupported get request".
        return route(GraphEndpoint.PROFILE, null, request -> {
            IssuedToken token = tokens.authenticate(request);
            FakeCustomer customer = fake.world().customer(node).orElseThrow(() -> unsupported(request, node));
            return profiles.profile(request, token, customer);
        });
    }

    private static Optional<Route> route(GraphEndpoint endpoint, String pageId, Handler handler) {
        return Optional.of(new Route(endpoint, pageId, handler));
    }

    /** {@code me} on a Page edge means the Page of the token; else the id must be a Page the fake knows. */
    private FakePage pageOf(String node, GraphRequest request) {
        if (node.equals("me")) {
            return null;
        }
        return fake.world().page(node).orElseThrow(() -> unsupported(request, node));
    }

    private static FakeUser userOf(IssuedToken token) {
        if (!token.kind().isUser()) {
            throw new GraphFailure(GraphError.of(100, null,
                    "(#100) Tried accessing nonexisting field (accounts) on node type (Page)"));
        }
        return token.user();
    }

    private static void requirePost(GraphRequest request) {
        if (!request.method().equals("POST")) {
            throw new GraphFailure(GraphError.unsupportedRequest(request.method(), request.segments().get(0)));
        }
    }

    private static GraphFailure unsupported(GraphRequest request, String id) {
        return new GraphFailure(GraphError.unsupportedRequest(request.method(), id));
    }

    private GraphResponse withUsage(GraphResponse response, String pageId) {
        return response.withHeader("X-App-Usage", "{\"call_count\":28,\"total_cputime\":4,\"total_time\":9}")
                .withHeader("X-Business-Use-Case-Usage", "{\"" + pageId + "\":[{\"type\":\"messenger\",\"call_count\":3,"
                        + "\"total_cputime\":1,\"total_time\":2,\"estimated_time_to_regain_access\":0},{\"type\":"
                        + "\"pages\",\"call_count\":12,\"total_cputime\":2,\"total_time\":4,"
                        + "\"estimated_time_to_regain_access\":0}]}");
    }

    private GraphResponse withGraphHeaders(GraphResponse response, GraphRequest request) {
        if (response.status() == 302 || response.headers().getOrDefault("Content-Type", "").startsWith("text/html")) {
            return response;
        }
        String trace = RandomIds.traceId();
        return response.withHeader("facebook-api-version", request.version() == null ? fake.apiVersion()
                : request.version()).withHeader("x-fb-trace-id", trace).withHeader("x-fb-request-id", trace)
                .withHeader("x-fb-rev", "1019283746").withHeader("Cache-Control", "private, no-cache, no-store, "
                        + "must-revalidate").withHeader("Access-Control-Allow-Origin", "*");
    }

    private static Map<String, String> textParameters(GraphRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.parameters().keySet().forEach(name -> parameters.put(name, request.parameter(name)));
        return parameters;
    }

    private static void write(HttpExchange exchange, GraphResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
