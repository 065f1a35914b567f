package it.livedesk.support.facebook;

/** Thrown inside the fake's endpoints to answer with a Graph error instead of a result. */
final class GraphFailure extends RuntimeException {

    private final transient GraphError error;

    GraphFailure(GraphError error) {
        super(error.toString(), null, false, false);
        this.error = error;
    }

    GraphError error() {
        return error;
    }
}
