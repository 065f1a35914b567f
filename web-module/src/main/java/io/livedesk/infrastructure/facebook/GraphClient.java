package io.livedesk.infrastructure.facebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * LiveDesk's calls to Facebook's Graph API, over plain HTTP to the configured base URL (the real Graph, the
 * built-in sandbox, or the tests' fake). Every call either returns what was asked or throws a
 * {@link GraphException} carrying Facebook's error code; nothing here decides what an error means for LiveDesk.
 *
 * <p>Tokens travel in the {@code Authorization} header (not the URL, which ends up in logs), with
 * {@code appsecret_proof} so that apps with "Require App Secret" on work too.
 */
@ApplicationScoped
public class GraphClient {

    /** Looked up once: {@code Json.create...} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** What Messenger needs from the administrator who connects a Page (REFERENCE §2.6). */
    public static final List<String> LOGIN_PERMISSIONS = List.of("pages_show_list", "pages_messaging",
            "pages_manage_metadata", "pages_read_engagement", "business_management");

    /** The webhook fields LiveDesk subscribes a Page to: every Messenger event a helpdesk shows (REFERENCE §4). */
    public static final List<String> WEBHOOK_FIELDS = List.of("messages", "messaging_postbacks", "message_echoes",
            "message_deliveries", "message_reads", "message_reactions", "messaging_referrals", "message_edits",
            "standby", "messaging_handovers");

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_PAGES_OF_RESULTS = 40;

    @Inject
    FacebookSettings settings;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The login dialog the administrator's browser is sent to; {@code state} comes back unchanged. */
    public String loginDialogUrl(String state) {
        return settings.loginUrl() + "/" + settings.apiVersion() + "/dialog/oauth?" + form(Map.of(
                "client_id", appId(),
                "redirect_uri", settings.redirectUri(),
                "state", state,
                "response_type", "code",
                "scope", String.join(",", LOGIN_PERMISSIONS)));
    }

    /** The code from the dialog, exchanged for a (short-lived) user token. */
    public String exchangeCode(String code) {
        JsonObject token = get(versioned("oauth/access_token") + "?" + form(Map.of(
                "client_id", appId(),
                "redirect_uri", settings.redirectUri(),
                "client_secret", appSecret(),
                "code", code)), null);
        return string(token, "access_token");
    }

    /** A long-lived user token (about 60 days); Page tokens minted from it do not expire (REFERENCE §3.3). */
    public String longLivedUserToken(String userToken) {
        JsonObject token = get(versioned("oauth/access_token") + "?" + form(Map.of(
                "grant_type", "fb_exchange_token",
                "client_id", appId(),
                "client_secret", appSecret(),
                "fb_exchange_token", userToken)), null);
        return string(token, "access_token");
    }

    /** Every Page the user manages, following {@code paging.next} until Facebook stops giving one. */
    public List<ManagedPage> managedPages(String userToken) {
        List<ManagedPage> pages = new ArrayList<>();
        String url = versioned("me/accounts") + "?fields=id,name,access_token,category,tasks&limit=25";
        for (int page = 0; url != null && page < MAX_PAGES_OF_RESULTS; page++) {
            JsonObject result = get(url, userToken);
            for (JsonValue item : result.getJsonArray("data") == null ? JsonValue.EMPTY_JSON_ARRAY
                    : result.getJsonArray("data")) {
                JsonObject p = item.asJsonObject();
                pages.add(new ManagedPage(string(p, "id"), string(p, "name"), string(p, "category"),
                        strings(p.getJsonArray("tasks")), string(p, "access_token")));
            }
            JsonObject paging = result.getJsonObject("paging");
            url = paging == null ? null : string(paging, "next");
        }
        return pages;
    }

    /** Subscribes this app to the Page's webhook fields, with the Page's token. */
    public void subscribe(String pageId, String pageToken, List<String> fields) {
        JsonObject result = send("POST", versioned(pageId + "/subscribed_apps"), pageToken,
                form(Map.of("subscribed_fields", String.join(",", fields))), "application/x-www-form-urlencoded");
        if (!succeeded(result)) {
            throw new GraphException(200, null, null, null, "Facebook did not confirm the subscription: " + result,
                    null, false, null);
        }
    }

    /** The fields this app is subscribed to on the Page, as Facebook reports them now (empty: not subscribed). */
    public List<String> subscribedFields(String pageId, String pageToken) {
        JsonObject result = get(versioned(pageId + "/subscribed_apps"), pageToken);
        JsonArray apps = result.getJsonArray("data");
        if (apps == null) {
            return List.of();
        }
        for (JsonValue app : apps) {
            JsonObject subscribed = app.asJsonObject();
            if (appId().equals(string(subscribed, "id"))) {
                return strings(subscribed.getJsonArray("subscribed_fields"));
            }
        }
        return List.of();
    }

    /** Removes this app from the Page's webhooks. */
    public void unsubscribe(String pageId, String pageToken) {
        send("DELETE", versioned(pageId + "/subscribed_apps"), pageToken, null, null);
    }

    /** The customer's public profile as the Page sees it; {} (no access) gives a profile with nothing in it. */
    public CustomerProfile profile(String psid, String pageToken) {
        JsonObject p = get(versioned(psid) + "?fields=first_name,last_name,name,profile_pic,locale", pageToken);
        return new CustomerProfile(string(p, "first_name"), string(p, "last_name"), string(p, "name"),
                string(p, "profile_pic"), string(p, "locale"));
    }

    /** Send API: posts one message (text or attachment) to a customer; returns Facebook's message id. */
    public String sendMessage(String pageId, String pageToken, JsonObject request) {
        JsonObject result = send("POST", versioned(pageId + "/messages"), pageToken, request.toString(),
                "application/json");
        String messageId = string(result, "message_id");
        if (messageId == null) {
            throw new GraphException(200, null, null, null, "The Send API answered without a message id: " + result,
                    null, false, null);
        }
        return messageId;
    }

    /** Downloads a file Facebook links to (attachments, profile pictures); the caller checks the host first. */
    public HttpResponse<java.io.InputStream> download(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private JsonObject get(String url, String token) {
        return send("GET", url, token, null, null);
    }

    private JsonObject send(String method, String url, String token, String body, String contentType) {
        String target = token == null ? url : withProof(url, token);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(CALL_TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw GraphException.unreachable("Facebook could not be reached (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GraphException.unreachable("Interrupted while calling Facebook", e);
        }
        JsonObject json = parse(response);
        if (response.statusCode() >= 300 || json.containsKey("error")) {
            throw error(response, json);
        }
        return json;
    }

    private static JsonObject parse(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        if (body.isEmpty()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                return value.asJsonObject();
            }
        } catch (JsonParsingException notJson) {
            // falls through: reported below with the status, like any answer that is not Graph's
        }
        throw new GraphException(response.statusCode(), null, null, null, "Facebook answered HTTP "
                + response.statusCode() + " with a body that is not JSON", null, response.statusCode() >= 500, null);
    }

    private static GraphException error(HttpResponse<String> response, JsonObject json) {
        JsonObject error = json.getJsonObject("error");
        if (error == null) {
            return new GraphException(response.statusCode(), null, null, null,
                    "Facebook answered HTTP " + response.statusCode(), null, response.statusCode() >= 500, null);
        }
        return new GraphException(response.statusCode(), integer(error, "code"), integer(error, "error_subcode"),
                string(error, "type"), string(error, "message"), string(error, "fbtrace_id"),
                error.getBoolean("is_transient", false), UsageHeaders.timeToRegainAccess(response.headers()));
    }

    private String withProof(String url, String token) {
        return url + (url.contains("?") ? "&" : "?") + "appsecret_proof=" + appSecretProof(token);
    }

    private String appSecretProof(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private String versioned(String path) {
        return settings.graphUrl() + "/" + settings.apiVersion() + "/" + path;
    }

    private String appId() {
        return settings.appId().orElseThrow(() -> new FacebookNotConfigured("LIVEDESK_FACEBOOK_APP_ID"));
    }

    private String appSecret() {
        return settings.appSecret().orElseThrow(() -> new FacebookNotConfigured("LIVEDESK_FACEBOOK_APP_SECRET"));
    }

    private static boolean succeeded(JsonObject result) {
        JsonValue success = result.get("success");
        // Facebook documents both {"success": true} and {"success": "true"} (REFERENCE §4).
        return success == JsonValue.TRUE
                || (success instanceof JsonString s && "true".equalsIgnoreCase(s.getString()));
    }

    private static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        return null;
    }

    private static Integer integer(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value instanceof JsonNumber n) {
            return n.intValue();
        }
        if (value instanceof JsonString s) {
            try {
                return Integer.valueOf(s.getString());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    private static List<String> strings(JsonArray array) {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (JsonValue v : array) {
            if (v instanceof JsonString s) {
                values.add(s.getString());
            }
        }
        return values;
    }

    /** Facebook is not configured: no app id or secret, and the sandbox is off. */
    public static class FacebookNotConfigured extends RuntimeException {
        public FacebookNotConfigured(String missing) {
            super("Facebook is not configured: set " + missing + " (or LIVEDESK_FACEBOOK_SANDBOX=true to try the "
                    + "built-in sandbox)");
        }
    }
}
