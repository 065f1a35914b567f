package io.livedesk.interfaces.rest;

import io.livedesk.application.DomainProblem;
import io.livedesk.application.RuleSetService;
import io.livedesk.application.RuleSetService.PublishOutcome;
import io.livedesk.application.policy.RuleFile;
import io.livedesk.application.policy.RuleSetValidation;
import io.livedesk.domain.account.Role;
import io.livedesk.interfaces.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The rule files analysts edit (see rules-module/README.md), for administrators and rules editors: read, check, publish, history and rollback, simulate.
 * A change that does not compile is answered 422 with every problem's file, line and column; the active rules stay.
 */
@Path("/rules")
@Tag(name = "Rules")
@RolesAllowed({Role.ADMINISTRATOR_NAME, Role.RULES_EDITOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RulesResource {

    /** Files to change (the others stay as they are), with a note for the history. */
    public record Change(List<RuleFile> files, String note) {
    }

    public record SimulationRequest(List<RuleFile> files, List<Long> conversationIds, Integer last) {
    }

    @Inject
    RuleSetService rules;

    @Inject
    CurrentActor current;

    @GET
    @Operation(summary = "The active rule set: its version, its files, and the rule base's health (with the problems "
            + "of the last rejected change).")
    public RuleSetService.Overview overview() {
        return rules.overview(current.get());
    }

    @GET
    @Path("/files/{path: .+}")
    @Operation(summary = "One rule file of the active set, e.g. assignment/10-routing.drl.")
    public RuleFile file(@PathParam("path") String path) {
        return rules.file(current.get(), path);
    }

    @PUT
    @Path("/files/{path: .+}")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Publish a new content of one file (the request body, as text): checked, recorded with who "
            + "and when, then live. 422 with the problems when it does not compile; nothing changes then.")
    public Response putFile(@PathParam("path") String path, String content, @QueryParam("note") String note) {
        if (content == null) {
            throw new DomainProblem.Invalid("Send the file's new content as the request body.");
        }
        return outcome(rules.publish(current.get(), List.of(new RuleFile(path, content)), note));
    }

    @POST
    @Path("/validate")
    @Operation(summary = "Check changed files against the active set without publishing them.")
    public RuleSetValidation validate(Change change) {
        return rules.validate(current.get(), change == null ? List.of() : change.files());
    }

    @POST
    @Path("/publish")
    @Operation(summary = "Publish changed files (several at once): checked, recorded, then live on every server.")
    public Response publish(Change change) {
        if (change == null || change.files() == null || change.files().isEmpty()) {
            throw new DomainProblem.Invalid("Send {\"files\": [{\"path\": ..., \"content\": ...}], \"note\": ...}.");
        }
        return outcome(rules.publish(current.get(), change.files(), change.note()));
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Published versions, newest first, with who published them and when.")
    public List<RuleSetService.Published> history() {
        return rules.history(current.get());
    }

    @POST
    @Path("/versions/{id}/activate")
    @Operation(summary = "Roll back: publish an earlier version again.")
    public Response rollback(@PathParam("id") long id) {
        return outcome(rules.rollback(current.get(), id));
    }

    @POST
    @Path("/simulate")
    @Operation(summary = "What the active rules and a draft (changed files) decide for given conversations, or the "
            + "latest N (default 20), and which decisions would change. Nothing is assigned.")
    public RuleSetService.Simulation simulate(SimulationRequest request) {
        SimulationRequest asked = request == null ? new SimulationRequest(List.of(), List.of(), null) : request;
        return rules.simulate(current.get(), asked.files(), asked.conversationIds(), asked.last());
    }

    private static Response outcome(PublishOutcome outcome) {
        return Response.status(outcome.validation().valid() ? 200 : 422).entity(outcome).build();
    }
}
