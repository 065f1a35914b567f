package io.livedesk.interfaces.rest;

import io.livedesk.application.ContactService;
import io.livedesk.application.ContactService.ContactChanges;
import io.livedesk.application.ContactService.ContactView;
import io.livedesk.application.DomainProblem;
import io.livedesk.application.Page;
import io.livedesk.interfaces.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/contacts")
@Tag(name = "Contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactsResource {

    @Inject
    ContactService contacts;

    @Inject
    CurrentActor current;

    @GET
    @Operation(summary = "Contacts newest first, searched by name or e-mail (q); next page with the returned cursor.")
    public Page<ContactView> search(@QueryParam("q") String text, @QueryParam("cursor") String cursor,
                                    @QueryParam("limit") Integer limit) {
        return contacts.search(current.get(), text, cursor, PageSize.of(limit));
    }

    @POST
    @Operation(summary = "Create a contact by hand (administrators).")
    public Response create(ContactChanges contact) {
        return Response.status(Response.Status.CREATED).entity(contacts.create(current.get(), contact)).build();
    }

    @GET
    @Path("/{id}")
    public ContactView get(@PathParam("id") long id) {
        return contacts.get(current.get(), id);
    }

    @PATCH
    @Path("/{id}")
    public ContactView change(@PathParam("id") long id, ContactChanges changes) {
        if (changes == null) {
            throw new DomainProblem.Invalid("Send the fields to change.");
        }
        return contacts.change(current.get(), id, changes);
    }
}
