package io.livedesk.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses (unknown path, wrong method, unsupported media type, unreadable body),
 * as a problem body instead of the server's HTML page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        String title = original.getStatusInfo().getReasonPhrase();
        String detail = switch (status) {
            case 400 -> "The request body could not be read. Send JSON matching the API's description at /openapi.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this HTTP method.";
            case 406 -> "This address answers with JSON only.";
            case 415 -> "Send the body as application/json.";
            default -> exception.getMessage();
        };
        Response.ResponseBuilder builder = Response.fromResponse(Problems.response(status, title, detail));
        return builder.build();
    }
}
