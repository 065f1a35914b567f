package io.livedesk.interfaces.web;

import io.livedesk.application.DomainProblem;
import io.livedesk.application.FacebookChannelService;
import io.livedesk.application.FacebookChannelService.DialogAnswer;
import io.livedesk.application.FacebookChannelService.LoginView;
import io.livedesk.interfaces.rest.ProblemBody;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where Facebook's login dialog sends the administrator back ({@code redirect_uri}). The browser arrives without
 * LiveDesk's token: the state alone names the login. A browser is then sent on to the channels page, which shows
 * the Pages to choose from (or why there are none); a REST client asking for JSON gets the login itself.
 */
@WebServlet(urlPatterns = "/connect/facebook/callback")
public class FacebookLoginCallbackServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    FacebookChannelService facebook;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DialogAnswer answer = new DialogAnswer(request.getParameter("state"), request.getParameter("code"),
                request.getParameter("error"), request.getParameter("error_reason"),
                request.getParameter("error_description"));
        boolean wantsJson = String.valueOf(request.getHeader("Accept")).contains("application/json");
        response.setHeader("Cache-Control", "no-store");
        try {
            LoginView login = facebook.completeLogin(answer);
            if (wantsJson) {
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(JSON.toJson(login));
            } else {
                response.sendRedirect(request.getContextPath() + "/channels.html#login-" + login.id());
            }
        } catch (DomainProblem.Invalid refused) {
            if (wantsJson) {
                response.setStatus(400);
                response.setContentType(ProblemBody.MEDIA_TYPE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(JSON.toJson(ProblemBody.of(400, "Bad Request", refused.getMessage())));
            } else {
                response.sendRedirect(request.getContextPath() + "/channels.html#problem="
                        + URLEncoder.encode(refused.getMessage(), StandardCharsets.UTF_8));
            }
        }
    }
}
