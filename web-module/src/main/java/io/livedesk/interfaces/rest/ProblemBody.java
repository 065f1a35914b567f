package io.livedesk.interfaces.rest;

/** An error as RFC 9457 describes it: what went wrong, in a sentence a person can act on. */
public record ProblemBody(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static ProblemBody of(int status, String title, String detail) {
        return new ProblemBody("about:blank", title, status, detail);
    }
}
