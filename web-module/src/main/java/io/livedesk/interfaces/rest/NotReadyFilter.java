package io.livedesk.interfaces.rest;

import io.livedesk.infrastructure.config.LiveDeskStartup;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Until start-up has finished, and if it failed, the API answers 503 with the reason instead of half-working. */
@WebFilter(urlPatterns = "/api/*")
public class NotReadyFilter extends HttpFilter {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    LiveDeskStartup startup;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (startup.isStarted()) {
            chain.doFilter(request, response);
            return;
        }
        String detail = startup.failure() == null ? "LiveDesk is starting; try again in a few seconds."
                : "LiveDesk could not start: " + startup.failure();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setContentType(ProblemBody.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSONB.toJson(ProblemBody.of(503, "Service Unavailable", detail)));
    }
}
