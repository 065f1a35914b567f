package io.livedesk.interfaces.rest;

import io.livedesk.application.DomainProblem;
import io.livedesk.application.Page;
import io.livedesk.application.WebhookEventService;
import io.livedesk.application.WebhookEventService.WebhookEventView;
import io.livedesk.domain.account.Role;
import io.livedesk.domain.webhook.WebhookEventStatus;
import io.livedesk.interfaces.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook deliveries as received, for administrators: what arrived, what failed and why, and replaying it. */
@Path("/webhook-events")
@Tag(name = "Webhook events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class WebhookEventsResource {

    @Inject
    WebhookEventService events;

    @Inject
    CurrentActor current;

    @GET
    @Operation(summary = "Deliveries newest first, optionally of one status (PENDING, PROCESSED, FAILED).")
    public Page<WebhookEventView> list(@QueryParam("status") String status, @QueryParam("cursor") String cursor,
                                       @QueryParam("limit") Integer limit) {
        WebhookEventStatus filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = WebhookEventStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DomainProblem.Invalid("'" + status + "' is not a status; use PENDING, PROCESSED or FAILED.");
            }
        }
        return events.list(current.get(), filter, cursor, PageSize.of(limit));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Process a failed delivery again.")
    public WebhookEventView replay(@PathParam("id") long id) {
        return events.replay(current.get(), id);
    }
}
