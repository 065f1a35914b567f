package io.livedesk.interfaces.rest;

import io.livedesk.application.AccountService;
import io.livedesk.application.AccountViews.IssuedToken;
import io.livedesk.application.AccountViews.TokenView;
import io.livedesk.application.AccountViews.UserView;
import io.livedesk.application.AuthenticationService;
import io.livedesk.application.DomainProblem;
import io.livedesk.domain.account.Availability;
import io.livedesk.interfaces.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's own account: who they are, availability, password and personal API tokens. */
@Path("/profile")
@Tag(name = "Profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileResource {

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record AvailabilityChange(Availability availability) {
    }

    public record NewToken(String name) {
    }

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @Inject
    CurrentActor current;

    @GET
    @Operation(summary = "Who is signed in.")
    public UserView me() {
        return accounts.get(current.get(), current.get().userId());
    }

    @PUT
    @Path("/availability")
    @Operation(summary = "Go ONLINE (take new conversations), BUSY or OFFLINE.")
    public UserView availability(AvailabilityChange change) {
        if (change == null) {
            throw new DomainProblem.Invalid("Send {\"availability\": \"ONLINE\" | \"BUSY\" | \"OFFLINE\"}.");
        }
        return accounts.setAvailability(current.get(), current.get().userId(), change.availability());
    }

    @PUT
    @Path("/password")
    @Operation(summary = "Change the password. Every token of the account is revoked; a new session token is returned.")
    public IssuedToken password(PasswordChange change) {
        if (change == null) {
            throw new DomainProblem.Invalid("Send {\"currentPassword\": ..., \"newPassword\": ...}.");
        }
        return authentication.changePassword(current.get(), change.currentPassword(), change.newPassword());
    }

    @GET
    @Path("/tokens")
    @Operation(summary = "The account's active tokens (sessions and personal API tokens), never their secrets.")
    public List<TokenView> tokens() {
        return authentication.listTokens(current.get());
    }

    @POST
    @Path("/tokens")
    @Operation(summary = "Create a personal API token for a REST client. The token is shown only in this response.")
    public Response createToken(NewToken token) {
        IssuedToken issued = authentication.createPersonalToken(current.get(), token == null ? null : token.name());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @DELETE
    @Path("/tokens/{id}")
    @Operation(summary = "Revoke one of the account's tokens.")
    public Response revokeToken(@PathParam("id") long id) {
        authentication.revokeToken(current.get(), id);
        return Response.noContent().build();
    }
}
