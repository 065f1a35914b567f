package io.livedesk.interfaces.sandbox.facebook;

import java.util.List;

/**
 * The HTML of the sandbox's login dialog and of its error page. Labelled on every screen as the LiveDesk
 * sandbox, so nobody mistakes it for Facebook or types a real password into it (it asks for none).
 */
final class LoginDialogPage {

    private LoginDialogPage() {
    }

    static String dialog(String action, String clientId, String redirectUri, String state, String scope,
                         String configId, List<String> scopes, List<SandboxPage> pages) {
        StringBuilder html = new StringBuilder(4096);
        html.append(head("Log in with Facebook"));
        html.append("<main class=\"dialog\" aria-labelledby=\"dialog-title\">")
                .append("<header class=\"dialog__header\"><span class=\"fb-mark\" aria-hidden=\"true\">f</span>")
                .append("<h1 id=\"dialog-title\">").append(Html.escape(GraphApi.APP_NAME))
                .append(" would like to manage your Pages</h1></header>")
                .append("<p class=\"dialog__who\">Logged in as <strong>").append(Html.escape(SandboxState.PERSON_NAME))
                .append("</strong>, the sandbox's Facebook user. No password needed: nothing here is real.</p>")
                .append("<form method=\"post\" action=\"").append(Html.escape(action)).append("\">");
        hidden(html, "client_id", clientId);
        hidden(html, "redirect_uri", redirectUri);
        hidden(html, "state", state);
        hidden(html, "scope", scope);
        hidden(html, "config_id", configId);
        hidden(html, "response_type", "code");
        html.append("<fieldset class=\"pages\"><legend>Choose the Pages LiveDesk may use</legend>");
        for (SandboxPage page : pages) {
            html.append("<label class=\"page-choice\"><input type=\"checkbox\" name=\"page\" value=\"")
                    .append(Html.escape(page.id())).append("\" checked>")
                    .append("<span class=\"page-choice__avatar\" aria-hidden=\"true\">")
                    .append(Html.escape(page.name().substring(0, 1))).append("</span>")
                    .append("<span class=\"page-choice__text\"><span class=\"page-choice__name\">")
                    .append(Html.escape(page.name())).append("</span><span class=\"page-choice__category\">")
                    .append(Html.escape(page.category())).append(" · Page ").append(Html.escape(page.id()))
                    .append("</span></span></label>");
        }
        html.append("</fieldset>")
                .append("<details class=\"permissions\"><summary>What LiveDesk asks for (")
                .append(scopes.size()).append(" permissions)</summary><ul>");
        for (String permission : scopes) {
            html.append("<li><code>").append(Html.escape(permission)).append("</code></li>");
        }
        html.append("</ul></details>")
                .append("<div class=\"dialog__actions\">")
                .append("<button class=\"button\" type=\"submit\" name=\"action\" value=\"cancel\">Cancel</button>")
                .append("<button class=\"button button--primary\" type=\"submit\" name=\"action\" value=\"continue\">")
                .append("Continue</button></div></form>")
                .append("<p class=\"dialog__fineprint\">Continue returns you to LiveDesk with an authorization code, as"
                        + " Facebook would. The sandbox then plays Facebook for the Pages you chose.</p>")
                .append("</main></body></html>");
        return html.toString();
    }

    static String error(String title, String explanation) {
        return head(title) + "<main class=\"dialog\" aria-labelledby=\"dialog-title\">"
                + "<header class=\"dialog__header\"><span class=\"fb-mark\" aria-hidden=\"true\">f</span>"
                + "<h1 id=\"dialog-title\">" + Html.escape(title) + "</h1></header>"
                + "<p role=\"alert\">" + Html.escape(explanation) + "</p></main></body></html>";
    }

    private static String head(String title) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · LiveDesk Facebook sandbox</title>"
                + "<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">"
                + "<link rel=\"stylesheet\" href=\"/sandbox/facebook/sandbox.css\"></head>"
                + "<body class=\"dialog-page\">"
                + "<p class=\"sandbox-banner\" role=\"note\"><strong>LiveDesk Facebook sandbox</strong>"
                + " — this is not Facebook. It plays Facebook's part so you can try the Messenger channel"
                + " without a Facebook app.</p>";
    }

    private static void hidden(StringBuilder html, String name, String value) {
        if (value != null) {
            html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                    .append(Html.escape(value)).append("\">");
        }
    }
}
