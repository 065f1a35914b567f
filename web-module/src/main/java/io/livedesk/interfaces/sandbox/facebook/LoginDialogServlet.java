package io.livedesk.interfaces.sandbox.facebook;

import io.livedesk.infrastructure.facebook.FacebookSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Facebook's login dialog, {@code /sandbox/facebook/www/{vNN.0}/dialog/oauth}: shown (GET) to the sandbox
 * person, who ticks the Pages LiveDesk may use and continues or cancels (POST). Continue sends the browser to the
 * redirect URI with a single-use code and the state; Cancel with {@code error=access_denied}, exactly as Facebook
 * words both. A wrong app id or a redirect URI that is not LiveDesk's gets Facebook's error page, not a redirect:
 * Facebook never sends a code to an address the app did not register.
 */
@WebServlet(urlPatterns = "/sandbox/facebook/www/*")
public class LoginDialogServlet extends HttpServlet {

    private static final Pattern DIALOG_PATH = Pattern.compile("/v\\d{1,2}\\.0/dialog/oauth/?");
    /** What a Facebook Login for Business configuration ({@code config_id}) grants a Messenger helpdesk. */
    private static final List<String> CONFIGURATION_SCOPES = List.of("pages_show_list", "pages_messaging",
            "pages_manage_metadata", "pages_read_engagement", "business_management");

    @Inject
    SandboxStore store;

    @Inject
    AuthorizationCodes codes;

    @Inject
    FacebookSettings facebook;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refused(request, response)) {
            return;
        }
        html(response, 200, LoginDialogPage.dialog(request.getRequestURI(), request.getParameter("client_id"),
                request.getParameter("redirect_uri"), request.getParameter("state"), request.getParameter("scope"),
                request.getParameter("config_id"), scopes(request), store.read(state -> List.copyOf(state.pages()))));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refused(request, response)) {
            return;
        }
        String redirectUri = request.getParameter("redirect_uri");
        String state = request.getParameter("state");
        String query;
        if ("continue".equals(request.getParameter("action"))) {
            List<String> known = store.read(s -> s.pages().stream().map(SandboxPage::id).toList());
            List<String> chosen = Arrays.stream(nonNull(request.getParameterValues("page")))
                    .filter(known::contains).distinct().toList();
            String code = codes.issue(new AuthorizationCodes.Grant(chosen, scopes(request), redirectUri),
                    clock.instant());
            query = "code=" + encode(code);
        } else {
            query = "error=access_denied&error_code=200&error_description=Permissions+error&error_reason=user_denied";
        }
        if (state != null) {
            query += "&state=" + encode(state);
        }
        // Facebook appends this fragment to every redirect back.
        response.sendRedirect(redirectUri + (redirectUri.contains("?") ? "&" : "?") + query + "#_=_");
    }

    /** Facebook's error page for a request it will not serve; true when one was written. */
    private boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() == null || !DIALOG_PATH.matcher(request.getPathInfo()).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return true;
        }
        if (!FacebookSettings.SANDBOX_APP_ID.equals(request.getParameter("client_id"))) {
            html(response, 400, LoginDialogPage.error("Invalid App ID",
                    "The provided app ID does not look like a valid app ID. The sandbox knows one app: "
                            + FacebookSettings.SANDBOX_APP_ID + "."));
            return true;
        }
        if (!facebook.redirectUri().equals(request.getParameter("redirect_uri"))) {
            html(response, 400, LoginDialogPage.error("URL blocked",
                    "This redirect failed because the redirect URI is not whitelisted in the app's Client OAuth"
                            + " Settings. The sandbox app accepts only LiveDesk's own: " + facebook.redirectUri()));
            return true;
        }
        String responseType = request.getParameter("response_type");
        if (responseType != null && !responseType.isBlank() && !responseType.equals("code")) {
            html(response, 400, LoginDialogPage.error("Unsupported response type",
                    "The sandbox answers response_type=code only; a server-side app has no use for the others."));
            return true;
        }
        return false;
    }

    private static List<String> scopes(HttpServletRequest request) {
        String scope = request.getParameter("scope");
        List<String> scopes = new ArrayList<>(scope == null || scope.isBlank() ? CONFIGURATION_SCOPES
                : Arrays.stream(scope.split("[,\\s]+")).filter(s -> !s.isBlank()).distinct().toList());
        if (!scopes.contains("public_profile")) {
            scopes.add("public_profile");
        }
        return scopes;
    }

    private static String[] nonNull(String[] values) {
        return values == null ? new String[0] : values;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void html(HttpServletResponse response, int status, String page) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:");
        response.setHeader("X-Frame-Options", "DENY");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
