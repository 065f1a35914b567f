package it.livedesk.support.facebook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The login dialog ({@code www.facebook.com/{v}/dialog/oauth}): by default the logged-in fake user approves at
 * once and the browser is sent back with a code; a test can make the next login be declined, or show a small
 * consent page where a browser test ticks Pages and presses "Continue" or "Cancel" (REFERENCE §2.1–2.2).
 */
final class LoginDialog {

    /** Ids a browser test can rely on in the consent page. */
    static final String CONTINUE_BUTTON_ID = "fake-facebook-continue";
    static final String CANCEL_BUTTON_ID = "fake-facebook-cancel";
    static final String PAGE_CHECKBOX_ID_PREFIX = "fake-facebook-page-";

    /** A dialog waiting on the consent page for the user's decision. */
    private record PendingConsent(FakeUser user, DialogRequest request, List<String> scopes) {
    }

    private final FakeFacebook fake;
    private final List<DialogRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, PendingConsent> pending = new ConcurrentHashMap<>();
    private volatile FakeUser loggedIn;
    private volatile boolean denyNext;
    private volatile boolean consentPage;
    private volatile Set<String> nextGrantedPageIds;

    LoginDialog(FakeFacebook fake) {
        this.fake = fake;
    }

    void reset() {
        requests.clear();
        pending.clear();
        loggedIn = null;
        denyNext = false;
        consentPage = false;
        nextGrantedPageIds = null;
    }

    void logIn(FakeUser user) {
        loggedIn = user;
    }

    void denyNext() {
        denyNext = true;
    }

    void useConsentPage(boolean on) {
        consentPage = on;
    }

    void grantNextOnly(Set<String> pageIds) {
        nextGrantedPageIds = Set.copyOf(pageIds);
    }

    List<DialogRequest> requests() {
        return List.copyOf(requests);
    }

    GraphResponse open(GraphRequest http) {
        Map<String, String> query = http.query();
        DialogRequest request = new DialogRequest(http.version(), query.get("client_id"), query.get("redirect_uri"),
                query.get("state"), query.get("scope"), query.get("config_id"), query.get("response_type"), query);
        requests.add(request);
        if (request.clientId() == null || !request.clientId().equals(fake.appId())) {
            return errorPage("Invalid App ID", "The provided app ID does not look like a valid app ID.");
        }
        if (request.redirectUri() == null || !request.redirectUri().matches("https?://.+")) {
            return errorPage("URL blocked", "This redirect failed because the redirect URI is not whitelisted in the "
                    + "app's Client OAuth Settings.");
        }
        if (request.responseType() != null && !request.responseType().equals("code")) {
            return errorPage("Unsupported response_type", "The fake Facebook only hands out codes (response_type=code).");
        }
        if (denyNext) {
            denyNext = false;
            return GraphResponse.redirect(denied(request));
        }
        FakeUser user = loggedIn != null ? loggedIn : fake.world().firstUser().orElse(null);
        if (user == null) {
            return errorPage("Nobody is logged in", "Create a user with FakeFacebook.user(...) before LiveDesk opens "
                    + "the login dialog.");
        }
        List<String> scopes = scopes(request);
        if (consentPage) {
            String session = RandomIds.chars("abcdefghijklmnopqrstuvwxyz0123456789", 24);
            pending.put(session, new PendingConsent(user, request, scopes));
            return GraphResponse.html(200, consentPage(session, user, http.version()));
        }
        Set<String> granted = nextGrantedPageIds;
        nextGrantedPageIds = null;
        return GraphResponse.redirect(approved(user, request, scopes, granted));
    }

    /** The consent page's form: the ticked Pages, and which button was pressed. */
    GraphResponse decide(GraphRequest http) {
        PendingConsent consent = pending.remove(String.valueOf(http.parameter("session")));
        if (consent == null) {
            return errorPage("Session expired", "This login dialog was already used or never opened.");
        }
        if ("cancel".equals(http.parameter("decision"))) {
            return GraphResponse.redirect(denied(consent.request()));
        }
        Set<String> ticked = new LinkedHashSet<>();
        http.parameters().keySet().stream().filter(name -> name.startsWith("page_"))
                .forEach(name -> ticked.add(name.substring("page_".length())));
        return GraphResponse.redirect(approved(consent.user(), consent.request(), consent.scopes(), ticked));
    }

    private String approved(FakeUser user, DialogRequest request, List<String> scopes, Set<String> grantedPageIds) {
        String code = RandomIds.authorizationCode();
        fake.world().addCode(new AuthorizationCode(code, user, request.clientId(), request.redirectUri(),
                grantedPageIds, scopes));
        return back(request, "code=" + code);
    }

    private static String denied(DialogRequest request) {
        return back(request,
                "error=access_denied&error_code=200&error_description=Permissions+error&error_reason=user_denied");
    }

    /** Facebook appends the state and then the fragment {@code #_=_} to every redirect back. */
    private static String back(DialogRequest request, String parameters) {
        String uri = request.redirectUri();
        String state = request.state() == null ? "" : "&state=" + URLEncoder.encode(request.state(), StandardCharsets.UTF_8);
        return uri + (uri.contains("?") ? "&" : "?") + parameters + state + "#_=_";
    }

    /** The dialog's permissions: {@code scope} as given, or a Login for Business configuration's set. */
    private static List<String> scopes(DialogRequest request) {
        if (request.scope() == null || request.scope().isBlank()) {
            return FacebookWorld.DEFAULT_SCOPES;
        }
        List<String> scopes = new ArrayList<>(Arrays.stream(request.scope().split("[,\\s]+"))
                .filter(s -> !s.isBlank()).toList());
        if (!scopes.contains("public_profile")) {
            scopes.add("public_profile");
        }
        return List.copyOf(scopes);
    }

    private String consentPage(String session, FakeUser user, String version) {
        StringBuilder pages = new StringBuilder();
        for (FakePage page : fake.world().pagesOf(user)) {
            String id = PAGE_CHECKBOX_ID_PREFIX + page.id();
            pages.append("<li><input type=\"checkbox\" checked id=\"").append(id).append("\" name=\"page_")
                    .append(page.id()).append("\"><label for=\"").append(id).append("\">").append(escape(page.name()))
                    .append("</label></li>\n");
        }
        String action = "/" + (version == null ? "v27.0" : version) + "/dialog/oauth/decision";
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Log in with Facebook</title>"
                + "</head>\n<body><h1>" + escape(fake.appName()) + " is requesting access</h1>\n"
                + "<p id=\"fake-facebook-user\">Logged in as " + escape(user.name()) + "</p>\n"
                + "<form id=\"fake-facebook-consent\" method=\"post\" action=\"" + action + "\">\n"
                + "<input type=\"hidden\" name=\"session\" value=\"" + session + "\">\n"
                + "<p>Choose the Pages you want " + escape(fake.appName()) + " to access</p>\n<ul>\n" + pages + "</ul>\n"
                + "<button type=\"submit\" id=\"" + CANCEL_BUTTON_ID + "\" name=\"decision\" value=\"cancel\">Cancel</button>\n"
                + "<button type=\"submit\" id=\"" + CONTINUE_BUTTON_ID + "\" name=\"decision\" value=\"continue\">Continue"
                + "</button>\n</form></body></html>\n";
    }

    private static GraphResponse errorPage(String title, String text) {
        return GraphResponse.html(400, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error"
                + "</title></head><body><h1 id=\"fake-facebook-error\">" + escape(title) + "</h1><p>" + escape(text)
                + "</p></body></html>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
