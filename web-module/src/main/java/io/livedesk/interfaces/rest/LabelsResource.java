package io.livedesk.interfaces.rest;

import io.livedesk.application.DomainProblem;
import io.livedesk.application.LabelService;
import io.livedesk.application.LabelService.LabelView;
import io.livedesk.domain.account.Role;
import io.livedesk.interfaces.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/labels")
@Tag(name = "Labels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LabelsResource {

    public record LabelRequest(String title, String description, String color) {
    }

    @Inject
    LabelService labels;

    @Inject
    CurrentActor current;

    @GET
    public List<LabelView> list() {
        return labels.list(current.get());
    }

    @POST
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public Response create(LabelRequest request) {
        if (request == null) {
            throw new DomainProblem.Invalid("Send {\"title\", \"description\", \"color\"}.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(labels.create(current.get(), request.title(), request.description(), request.color())).build();
    }
}
