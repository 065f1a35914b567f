package io.livedesk.interfaces.rest;

import io.livedesk.application.ConversationService;
import io.livedesk.application.ConversationService.AssigneeFilter;
import io.livedesk.application.ConversationService.ConversationDetail;
import io.livedesk.application.ConversationService.ConversationSummary;
import io.livedesk.application.ConversationService.ListQuery;
import io.livedesk.application.ConversationService.MessageView;
import io.livedesk.application.DomainProblem;
import io.livedesk.application.Page;
import io.livedesk.domain.conversation.ConversationStatus;
import io.livedesk.domain.conversation.Priority;
import io.livedesk.interfaces.security.CurrentActor;
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
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conversations: the agent's lists, a conversation's detail and messages, and what agents do with them. */
@Path("/conversations")
@Tag(name = "Conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConversationsResource {

    public record NewConversation(Long inboxId, Long contactId) {
    }

    public record Assignment(Long userId, Long aiAgentId) {
    }

    public record TeamChange(Long teamId) {
    }

    public record StatusChange(ConversationStatus status, Instant snoozedUntil) {
    }

    public record PriorityChange(Priority priority) {
    }

    public record LabelsChange(Set<String> labels) {
    }

    @Inject
    ConversationService conversations;

    @Inject
    CurrentActor current;

    @GET
    @Operation(summary = "Conversations by last activity, newest first. Follow nextCursor for the next page.")
    public Page<ConversationSummary> list(
            @Parameter(description = "Only this inbox") @QueryParam("inbox") Long inboxId,
            @Parameter(description = "OPEN, PENDING, SNOOZED or RESOLVED") @QueryParam("status") String status,
            @Parameter(description = "mine, unassigned, any (default), or a user id") @QueryParam("assignee") String assignee,
            @Parameter(description = "Only this team") @QueryParam("team") Long teamId,
            @Parameter(description = "Only with this label") @QueryParam("label") String label,
            @Parameter(description = "Words in the contact's name or e-mail, or in a message") @QueryParam("q") String text,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "1 to 100, default 25") @QueryParam("limit") Integer limit) {
        AssigneeFilter filter = AssigneeFilter.ANY;
        Long assigneeId = null;
        if (assignee != null && !assignee.isBlank()) {
            if (assignee.chars().allMatch(Character::isDigit)) {
                assigneeId = Long.valueOf(assignee);
            } else {
                filter = parse(AssigneeFilter.class, assignee, "assignee", "mine, unassigned, any or a user id");
            }
        }
        ConversationStatus statusFilter = status == null || status.isBlank() ? null
                : parse(ConversationStatus.class, status, "status", "OPEN, PENDING, SNOOZED, RESOLVED");
        return conversations.list(current.get(), new ListQuery(inboxId, statusFilter, filter, assigneeId, teamId, label,
                text, cursor, PageSize.of(limit)));
    }

    @POST
    @Operation(summary = "Start a conversation with a contact in an inbox.")
    public Response start(NewConversation request) {
        if (request == null || request.inboxId() == null || request.contactId() == null) {
            throw new DomainProblem.Invalid("Send {\"inboxId\", \"contactId\"}.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(conversations.start(current.get(), request.inboxId(), request.contactId())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A conversation with its contact, assignee, labels and the latest assignment decisions.")
    public ConversationDetail get(@PathParam("id") long id) {
        return conversations.get(current.get(), id);
    }

    @GET
    @Path("/{id}/messages")
    @Operation(summary = "The latest messages, oldest first; nextCursor fetches the ones before.")
    public Page<MessageView> messages(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                      @QueryParam("limit") Integer limit) {
        return conversations.messages(current.get(), id, cursor, PageSize.of(limit));
    }

    @POST
    @Path("/{id}/messages")
    @Operation(summary = "Reply to the customer (queued for the channel), with files in \"attachments\" "
            + "([{kind, url}], upload them first with POST /files), or with \"private\": true add a private note.")
    public Response post(@PathParam("id") long id, MessageRequest request) {
        if (request == null) {
            throw new DomainProblem.Invalid("Send {\"content\": ..., \"private\": false}.");
        }
        MessageView message = Boolean.TRUE.equals(request.isPrivate())
                ? conversations.addPrivateNote(current.get(), id, request.content())
                : conversations.reply(current.get(), id, request.content(), request.attachments());
        return Response.status(Response.Status.CREATED).entity(message).build();
    }

    @POST
    @Path("/{id}/messages/{messageId}/retry")
    @Operation(summary = "Send a reply that failed once more (refused with the reason when Messenger's reply window "
            + "no longer allows it).")
    public MessageView retry(@PathParam("id") long id, @PathParam("messageId") long messageId) {
        return conversations.retrySending(current.get(), id, messageId);
    }

    @PUT
    @Path("/{id}/assignee")
    @Operation(summary = "Assign to a member of the inbox (userId) or an AI agent of the inbox (aiAgentId); "
            + "both null unassigns. The decision is recorded.")
    public ConversationDetail assign(@PathParam("id") long id, Assignment assignment) {
        if (assignment == null) {
            throw new DomainProblem.Invalid("Send {\"userId\"} or {\"aiAgentId\"}, or both null to unassign.");
        }
        return conversations.assign(current.get(), id, assignment.userId(), assignment.aiAgentId());
    }

    @PUT
    @Path("/{id}/team")
    public ConversationDetail team(@PathParam("id") long id, TeamChange change) {
        return conversations.assignTeam(current.get(), id, change == null ? null : change.teamId());
    }

    @PUT
    @Path("/{id}/status")
    @Operation(summary = "OPEN, PENDING, SNOOZED (with snoozedUntil) or RESOLVED.")
    public ConversationDetail status(@PathParam("id") long id, StatusChange change) {
        if (change == null) {
            throw new DomainProblem.Invalid("Send {\"status\"}.");
        }
        return conversations.changeStatus(current.get(), id, change.status(), change.snoozedUntil());
    }

    @PUT
    @Path("/{id}/priority")
    public ConversationDetail priority(@PathParam("id") long id, PriorityChange change) {
        if (change == null) {
            throw new DomainProblem.Invalid("Send {\"priority\"}.");
        }
        return conversations.changePriority(current.get(), id, change.priority());
    }

    @PUT
    @Path("/{id}/labels")
    @Operation(summary = "Replace the conversation's labels.")
    public ConversationDetail labels(@PathParam("id") long id, LabelsChange change) {
        return conversations.replaceLabels(current.get(), id, change == null ? Set.of() : change.labels());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name, String allowed) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainProblem.Invalid("'" + value + "' is not a valid " + name + "; use " + allowed + ".");
        }
    }
}
