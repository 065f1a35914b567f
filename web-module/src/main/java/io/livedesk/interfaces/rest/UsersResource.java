package io.livedesk.interfaces.rest;

import io.livedesk.application.AccountService;
import io.livedesk.application.AccountService.NewUser;
import io.livedesk.application.AccountService.UserChanges;
import io.livedesk.application.AccountViews.UserView;
import io.livedesk.application.DomainProblem;
import io.livedesk.domain.account.Role;
import io.livedesk.interfaces.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators and agents. Everyone can list them (to assign a conversation); administrators change them. */
@Path("/users")
@Tag(name = "Users and agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor current;

    @GET
    @Operation(summary = "Every user with their role and availability.")
    public List<UserView> list() {
        return accounts.list(current.get());
    }

    @POST
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @Operation(summary = "Create an administrator or an agent.")
    public Response create(NewUser user, @Context UriInfo uri) {
        if (user == null) {
            throw new DomainProblem.Invalid("Send {\"email\", \"displayName\", \"password\", \"role\"}.");
        }
        UserView created = accounts.create(current.get(), user);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    public UserView get(@PathParam("id") long id) {
        return accounts.get(current.get(), id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @Operation(summary = "Change e-mail, name, role, or deactivate (active=false revokes every token of the user).")
    public UserView change(@PathParam("id") long id, UserChanges changes) {
        if (changes == null) {
            throw new DomainProblem.Invalid("Send the fields to change.");
        }
        return accounts.change(current.get(), id, changes);
    }

    @PUT
    @Path("/{id}/availability")
    @Operation(summary = "Set a user's availability (administrators: anyone; agents: themselves).")
    public UserView availability(@PathParam("id") long id, ProfileResource.AvailabilityChange change) {
        if (change == null) {
            throw new DomainProblem.Invalid("Send {\"availability\": \"ONLINE\" | \"BUSY\" | \"OFFLINE\"}.");
        }
        return accounts.setAvailability(current.get(), id, change.availability());
    }
}
