package io.livedesk.interfaces.rest;

import io.livedesk.application.AccountViews.IssuedToken;
import io.livedesk.application.AuthenticationService;
import io.livedesk.application.DomainProblem;
import io.livedesk.interfaces.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record LoginRequest(String email, String password) {
    }

    @Inject
    AuthenticationService authentication;

    @Inject
    CurrentActor current;

    @POST
    @Path("/login")
    @SecurityRequirements
    @Operation(summary = "Sign in with e-mail and password; returns a bearer token. "
            + "Repeated failures are refused with 429 and Retry-After.")
    public IssuedToken login(LoginRequest request) {
        if (request == null || request.email() == null || request.password() == null) {
            throw new DomainProblem.Invalid("Send {\"email\": ..., \"password\": ...}.");
        }
        return authentication.login(request.email(), request.password(), current.clientAddress());
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Ends the session of the token this request carries.")
    public Response logout() {
        authentication.logout(current.bearerToken());
        return Response.noContent().build();
    }
}
