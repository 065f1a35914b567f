package io.livedesk.application;

import io.livedesk.domain.account.Role;

/** The signed-in person on whose behalf a use case runs; services check access with it. */
public record Actor(long userId, Role role) {

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }
}
