package it.livedesk.facebook;

import static it.livedesk.support.LiveDeskApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.livedesk.support.LiveDeskApi;
import it.livedesk.support.facebook.FakeFacebook;
import it.livedesk.support.facebook.FakePage;
import it.livedesk.support.facebook.FakeUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * "Log in with Facebook" as a REST client does it (README): start a login, follow the dialog URL (the fake
 * answers as Facebook would for a person who clicks through), hand Facebook's redirect to LiveDesk asking for
 * JSON, then pick the Page.
 */
final class ConnectedPages {

    private static final HttpClient BROWSERLESS = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private ConnectedPages() {
    }

    /** Logs in as {@code user} and connects {@code page}; returns the inbox LiveDesk made (or renewed) for it. */
    static JsonObject connect(LiveDeskApi admin, FakeFacebook facebook, FakeUser user, FakePage page) {
        JsonObject login = returnFromFacebook(admin, facebook, user);
        assertEquals("CHOOSING_PAGE", login.getString("status"), login.toString());
        return expect(200, admin.post("/api/v1/channels/facebook/logins/" + login.getInt("id") + "/connect",
                Json.createObjectBuilder().add("pageId", page.id()).build())).json();
    }

    /** Starts a login and comes back from the dialog; returns the login as LiveDesk's callback describes it. */
    static JsonObject returnFromFacebook(LiveDeskApi admin, FakeFacebook facebook, FakeUser user) {
        facebook.loginAs(user);
        facebook.approveLoginsAtOnce();
        JsonObject started = expect(201, admin.post("/api/v1/channels/facebook/logins", JsonValue.EMPTY_JSON_OBJECT))
                .json();
        return callback(dialogRedirect(started.getString("dialogUrl")));
    }

    /** Where Facebook's dialog sends the browser: LiveDesk's callback with the code (or the refusal). */
    static String dialogRedirect(String dialogUrl) {
        HttpResponse<String> dialog = send(HttpRequest.newBuilder(URI.create(dialogUrl)).GET().build());
        assertEquals(302, dialog.statusCode(), "the dialog redirects back: " + dialog.body());
        return dialog.headers().firstValue("Location").orElseThrow();
    }

    /** LiveDesk's callback, asked for JSON as a REST client does. */
    static JsonObject callback(String callbackUrl) {
        HttpResponse<String> back = callbackResponse(callbackUrl);
        assertEquals(200, back.statusCode(), back.body());
        return Json.createReader(new StringReader(back.body())).readObject();
    }

    /** LiveDesk's callback as a browser gets it: a redirect to the channels page. */
    static HttpResponse<String> browserCallback(String callbackUrl) {
        return send(HttpRequest.newBuilder(URI.create(withoutFragment(callbackUrl))).header("Accept", "text/html")
                .GET().build());
    }

    private static String withoutFragment(String url) {
        return url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
    }

    static HttpResponse<String> callbackResponse(String callbackUrl) {
        return send(HttpRequest.newBuilder(URI.create(withoutFragment(callbackUrl))).header("Accept", "application/json").GET()
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return BROWSERLESS.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + " could not be reached", e);
        }
    }
}
