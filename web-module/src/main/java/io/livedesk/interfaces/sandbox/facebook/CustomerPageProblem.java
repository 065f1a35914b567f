package io.livedesk.interfaces.sandbox.facebook;

/** Something the customer page asked for that cannot be done, with the HTTP status and a sentence to show. */
final class CustomerPageProblem extends RuntimeException {

    private final int status;

    CustomerPageProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
