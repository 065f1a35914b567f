package io.livedesk.interfaces.rest;

import jakarta.ws.rs.core.Response;

/** Builds problem responses. */
final class Problems {

    private Problems() {
    }

    static Response response(int status, String title, String detail) {
        return Response.status(status)
                .type(ProblemBody.MEDIA_TYPE)
                .entity(ProblemBody.of(status, title, detail))
                .build();
    }
}
