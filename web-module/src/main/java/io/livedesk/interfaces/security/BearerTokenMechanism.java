package io.livedesk.interfaces.security;

import io.livedesk.application.Actor;
import io.livedesk.application.AuthenticationService;
import io.livedesk.infrastructure.config.LiveDeskStartup;
import io.livedesk.interfaces.rest.ProblemBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Authenticates REST calls by {@code Authorization: Bearer <token>}. Which paths need a caller is said once,
 * in web.xml (all of {@code /api/} but logging in); on those a missing, unknown, expired or revoked token gets
 * a 401 problem body. Other paths (pages, health, OpenAPI, webhooks) pass through anonymously.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    static final String ACTOR_ATTRIBUTE = Actor.class.getName();
    private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());

    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    AuthenticationService authentication;

    @Inject
    LiveDeskStartup startup;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (!startup.isStarted()) {
            // Tokens live in the database, which is not usable yet: say so rather than fail to authenticate.
            return problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                    startup.failure() == null ? "LiveDesk is starting; try again in a few seconds."
                            : "LiveDesk could not start: " + startup.failure());
        }
        Optional<String> token = bearerToken(request);
        if (token.isEmpty()) {
            return unauthorized(response, context, "Sign in first: send 'Authorization: Bearer <token>' "
                    + "with a token from POST /api/v1/auth/login or a personal API token.");
        }
        Optional<Actor> actor;
        try {
            actor = authentication.authenticate(token.get());
        } catch (RuntimeException databaseTrouble) {
            // Without this, the container would answer an HTML 403 for what is our outage, not the caller's fault.
            LOG.log(Level.WARNING, "Cannot check a bearer token", databaseTrouble);
            response.setHeader("Retry-After", "5");
            return problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                    "LiveDesk cannot reach its database right now; try again in a few seconds.");
        }
        if (actor.isEmpty()) {
            return unauthorized(response, context, "The bearer token is unknown, expired or revoked. Sign in again.");
        }
        request.setAttribute(ACTOR_ATTRIBUTE, actor.get());
        return context.notifyContainerAboutLogin(String.valueOf(actor.get().userId()), Set.of(actor.get().role().name()));
    }

    static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() <= 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    private AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context, String detail) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"LiveDesk\"");
        return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    private AuthenticationStatus problem(HttpServletResponse response, int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType(ProblemBody.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(jsonb.toJson(ProblemBody.of(status, title, detail)));
        } catch (IOException e) {
            // The client went away; there is nobody left to tell.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
