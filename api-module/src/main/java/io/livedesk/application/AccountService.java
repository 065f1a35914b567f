package io.livedesk.application;

import io.livedesk.application.AccountViews.UserView;
import io.livedesk.domain.account.Availability;
import io.livedesk.domain.account.Role;
import java.util.List;

/** People: administrators create and change them; everyone sets their own availability. */
public interface AccountService {

    record NewUser(String email, String displayName, String password, Role role) {
    }

    /** Fields left null stay as they are. */
    record UserChanges(String email, String displayName, Role role, Boolean active) {
    }

    UserView create(Actor actor, NewUser newUser);

    UserView change(Actor actor, long userId, UserChanges changes);

    UserView get(Actor actor, long userId);

    List<UserView> list(Actor actor);

    UserView setAvailability(Actor actor, long userId, Availability availability);

    /** Creates the first administrator when nobody exists yet; does nothing otherwise. */
    boolean createFirstAdministrator(String email, String displayName, String password);
}
