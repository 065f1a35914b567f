package io.livedesk.interfaces.rest;

import io.livedesk.application.DomainProblem;
import io.livedesk.application.TeamService;
import io.livedesk.application.TeamService.TeamView;
import io.livedesk.domain.account.Role;
import io.livedesk.interfaces.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/teams")
@Tag(name = "Teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamsResource {

    public record TeamRequest(String name, String description) {
    }

    @Inject
    TeamService teams;

    @Inject
    CurrentActor current;

    @GET
    public List<TeamView> list() {
        return teams.list(current.get());
    }

    @POST
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public Response create(TeamRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new DomainProblem.Invalid("Send {\"name\", \"description\"}.");
        }
        TeamView team = teams.create(current.get(), request.name(), request.description());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(team.id())).build()).entity(team).build();
    }

    @GET
    @Path("/{id}")
    public TeamView get(@PathParam("id") long id) {
        return teams.get(current.get(), id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public TeamView change(@PathParam("id") long id, TeamRequest request) {
        if (request == null) {
            throw new DomainProblem.Invalid("Send the fields to change.");
        }
        return teams.change(current.get(), id, request.name(), request.description());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public Response delete(@PathParam("id") long id) {
        teams.delete(current.get(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/members/{userId}")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public TeamView addMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        return teams.addMember(current.get(), id, userId);
    }

    @DELETE
    @Path("/{id}/members/{userId}")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public TeamView removeMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        return teams.removeMember(current.get(), id, userId);
    }
}
