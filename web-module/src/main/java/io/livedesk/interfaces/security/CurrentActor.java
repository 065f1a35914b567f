package io.livedesk.interfaces.security;

import io.livedesk.application.Actor;
import io.livedesk.application.DomainProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The signed-in person of the current request, as the authentication mechanism found them. */
@RequestScoped
public class CurrentActor {

    @Inject
    HttpServletRequest request;

    public Actor get() {
        Object actor = request.getAttribute(BearerTokenMechanism.ACTOR_ATTRIBUTE);
        if (actor == null) {
            throw new DomainProblem.Unauthenticated("Sign in first.");
        }
        return (Actor) actor;
    }

    public String bearerToken() {
        return BearerTokenMechanism.bearerToken(request).orElseThrow(() -> new DomainProblem.Unauthenticated("Sign in first."));
    }

    public String clientAddress() {
        return request.getRemoteAddr();
    }
}
