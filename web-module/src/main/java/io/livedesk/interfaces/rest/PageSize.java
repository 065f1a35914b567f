package io.livedesk.interfaces.rest;

import io.livedesk.application.DomainProblem;

/** The {@code limit} query parameter of lists: 25 unless asked, at most 100. */
final class PageSize {

    static final int DEFAULT = 25;
    static final int MAX = 100;

    private PageSize() {
    }

    static int of(Integer requested) {
        if (requested == null) {
            return DEFAULT;
        }
        if (requested < 1 || requested > MAX) {
            throw new DomainProblem.Invalid("limit is from 1 to " + MAX + ".");
        }
        return requested;
    }
}
