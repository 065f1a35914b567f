package io.livedesk.interfaces.rest;

import io.livedesk.application.DomainProblem;
import io.livedesk.application.InboundMessage;
import io.livedesk.application.InboundMessageService;
import io.livedesk.application.InboundMessageService.Receipt;
import io.livedesk.application.InboxService;
import io.livedesk.application.InboxService.AiAgentChanges;
import io.livedesk.application.InboxService.AiAgentView;
import io.livedesk.application.InboxService.BusinessHoursChanges;
import io.livedesk.application.InboxService.InboxView;
import io.livedesk.application.InboxService.NewAiAgent;
import io.livedesk.application.InboxService.SettingsChanges;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inboxes, their settings, members and AI agents. */
@Path("/inboxes")
@Tag(name = "Inboxes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InboxesResource {

    public record NewInbox(String name) {
    }

    /** A customer's message delivered to an API inbox by an integration. */
    public record IncomingMessage(String sourceId, String externalId, String content) {
    }

    @Inject
    InboxService inboxes;

    @Inject
    InboundMessageService inbound;

    @Inject
    CurrentActor current;

    @GET
    @Operation(summary = "The inboxes the caller may see (administrators: all; agents: those they are members of).")
    public List<InboxView> list() {
        return inboxes.list(current.get());
    }

    @POST
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @Operation(summary = "Create an API inbox, fed through POST /inboxes/{id}/incoming-messages. "
            + "Facebook inboxes are created by connecting a Page.")
    public Response create(NewInbox request, @Context UriInfo uri) {
        InboxView inbox = inboxes.createApiInbox(current.get(), request == null ? null : request.name());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(inbox.id())).build()).entity(inbox).build();
    }

    @GET
    @Path("/{id}")
    public InboxView get(@PathParam("id") long id) {
        return inboxes.get(current.get(), id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @Operation(summary = "Change the name, greeting, CSAT and assignment settings. Fields left out stay as they are.")
    public InboxView change(@PathParam("id") long id, SettingsChanges changes) {
        if (changes == null) {
            throw new DomainProblem.Invalid("Send the settings to change.");
        }
        return inboxes.changeSettings(current.get(), id, changes);
    }

    @PUT
    @Path("/{id}/business-hours")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @Operation(summary = "Replace the business hours: enabled, time zone, out-of-office message and the weekly slots.")
    public InboxView businessHours(@PathParam("id") long id, BusinessHoursChanges changes) {
        if (changes == null) {
            throw new DomainProblem.Invalid("Send {\"enabled\", \"timeZone\", \"outOfOfficeMessage\", \"slots\"}.");
        }
        return inboxes.changeBusinessHours(current.get(), id, changes);
    }

    @PUT
    @Path("/{id}/members/{userId}")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @Operation(summary = "Make a user a member (a human agent) of the inbox.")
    public InboxView addMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        return inboxes.addMember(current.get(), id, userId);
    }

    @DELETE
    @Path("/{id}/members/{userId}")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public InboxView removeMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        return inboxes.removeMember(current.get(), id, userId);
    }

    @GET
    @Path("/{id}/ai-agents")
    public List<AiAgentView> aiAgents(@PathParam("id") long id) {
        return inboxes.listAiAgents(current.get(), id);
    }

    @POST
    @Path("/{id}/ai-agents")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @Operation(summary = "Add an AI agent (GPT model, instructions, API key kept encrypted).")
    public Response addAiAgent(@PathParam("id") long id, NewAiAgent agent) {
        if (agent == null) {
            throw new DomainProblem.Invalid("Send {\"name\", \"model\", \"instructions\", \"apiKey\", \"enabled\"}.");
        }
        return Response.status(Response.Status.CREATED).entity(inboxes.addAiAgent(current.get(), id, agent)).build();
    }

    @PATCH
    @Path("/{id}/ai-agents/{aiAgentId}")
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    @Operation(summary = "Enable or disable an AI agent, or change its model, instructions or key.")
    public AiAgentView changeAiAgent(@PathParam("id") long id, @PathParam("aiAgentId") long aiAgentId,
                                     AiAgentChanges changes) {
        if (changes == null) {
            throw new DomainProblem.Invalid("Send the fields to change.");
        }
        return inboxes.changeAiAgent(current.get(), id, aiAgentId, changes);
    }

    @POST
    @Path("/{id}/incoming-messages")
    @Operation(summary = "Deliver a customer's message to an inbox (API channel). Idempotent on externalId.")
    public Response incoming(@PathParam("id") long id, IncomingMessage message) {
        if (message == null) {
            throw new DomainProblem.Invalid("Send {\"sourceId\", \"externalId\", \"content\"}.");
        }
        inboxes.get(current.get(), id);
        if (message.content() == null || message.content().isBlank()) {
            throw new DomainProblem.Invalid("A message needs some text.");
        }
        Receipt receipt = inbound.receive(new InboundMessage(id, message.sourceId(), message.externalId(),
                message.content(), null, List.of(), null));
        return Response.status(receipt.duplicate() ? Response.Status.OK : Response.Status.CREATED).entity(receipt).build();
    }
}
