package io.livedesk.interfaces.rest;

import io.livedesk.application.DomainProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal from the domain, with its status. */
@Provider
public class DomainProblemMapper implements ExceptionMapper<DomainProblem> {

    @Override
    public Response toResponse(DomainProblem problem) {
        String detail = problem.getMessage();
        if (problem instanceof DomainProblem.NotFound) {
            return Problems.response(404, "Not Found", detail);
        }
        if (problem instanceof DomainProblem.Forbidden) {
            return Problems.response(403, "Forbidden", detail);
        }
        if (problem instanceof DomainProblem.Conflict) {
            return Problems.response(409, "Conflict", detail);
        }
        if (problem instanceof DomainProblem.Unauthenticated) {
            return Response.fromResponse(Problems.response(401, "Unauthorized", detail))
                    .header("WWW-Authenticate", "Bearer realm=\"LiveDesk\"").build();
        }
        if (problem instanceof DomainProblem.TooManyAttempts tooMany) {
            return Response.fromResponse(Problems.response(429, "Too Many Requests", detail))
                    .header("Retry-After", tooMany.retryAfterSeconds()).build();
        }
        if (problem instanceof DomainProblem.ChannelFailure) {
            return Problems.response(502, "Bad Gateway", detail);
        }
        return Problems.response(400, "Bad Request", detail);
    }
}
