package io.livedesk.interfaces.rest;

import io.livedesk.application.FileService;
import io.livedesk.application.FileService.StoredFileView;
import io.livedesk.interfaces.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Uploading a file to send with a reply. */
@Path("/files")
@Tag(name = "Files")
@Produces(MediaType.APPLICATION_JSON)
public class FilesResource {

    @Inject
    FileService files;

    @Inject
    CurrentActor current;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a file (the request body, with its Content-Type). Answers its link, to put in a "
            + "reply's attachments.")
    public Response upload(@HeaderParam("Content-Type") String contentType, byte[] content) {
        StoredFileView stored = files.upload(current.get(), contentType, content);
        return Response.created(URI.create(stored.path())).entity(stored).build();
    }
}
