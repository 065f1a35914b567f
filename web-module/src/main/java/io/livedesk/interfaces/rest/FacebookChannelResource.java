package io.livedesk.interfaces.rest;

import io.livedesk.application.FacebookChannelService;
import io.livedesk.application.FacebookChannelService.LoginStarted;
import io.livedesk.application.FacebookChannelService.LoginView;
import io.livedesk.application.InboxService.InboxView;
import io.livedesk.domain.account.Role;
import io.livedesk.interfaces.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Connecting Facebook Pages. A browser follows {@code dialogUrl} and comes back through
 * {@code /connect/facebook/callback}; a REST client does the same with any HTTP client (see the README).
 */
@Path("/channels/facebook")
@Tag(name = "Facebook channel")
@RolesAllowed(Role.ADMINISTRATOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FacebookChannelResource {

    public record PageChoice(String pageId) {
    }

    @Inject
    FacebookChannelService facebook;

    @Inject
    CurrentActor current;

    @POST
    @Path("/logins")
    @Operation(summary = "Start \"Log in with Facebook\": returns the login dialog's URL, with a single-use state "
            + "bound to the caller, valid for 15 minutes.")
    public Response startLogin(@Context UriInfo uri) {
        LoginStarted started = facebook.startLogin(current.get());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(started.loginId())).build())
                .entity(started).build();
    }

    @GET
    @Path("/logins/{id}")
    @Operation(summary = "Where a login stands; once back from Facebook, the Pages to choose from "
            + "(those already connected name their inbox).")
    public LoginView login(@PathParam("id") long id) {
        return facebook.login(current.get(), id);
    }

    @POST
    @Path("/logins/{id}/connect")
    @Operation(summary = "Connect the chosen Page: creates its inbox (or renews the token of a connected Page), "
            + "subscribes to its webhooks and reads the subscription back.")
    public InboxView connect(@PathParam("id") long id, PageChoice choice) {
        return facebook.connectPage(current.get(), id, choice == null ? null : choice.pageId());
    }

    @POST
    @Path("/inboxes/{inboxId}/subscription")
    @Operation(summary = "Subscribe the inbox's Page to LiveDesk's webhook fields again, and read it back.")
    public InboxView resubscribe(@PathParam("inboxId") long inboxId) {
        return facebook.resubscribe(current.get(), inboxId);
    }

    @DELETE
    @Path("/inboxes/{inboxId}")
    @Operation(summary = "Disconnect the inbox's Page: unsubscribes and forgets its token; the conversations stay.")
    public InboxView disconnect(@PathParam("inboxId") long inboxId) {
        return facebook.disconnect(current.get(), inboxId);
    }
}
