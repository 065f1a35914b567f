package io.livedesk.application;

import io.livedesk.application.AccountViews.UserRef;
import java.util.List;

/** Teams of agents. Administrators manage them; everyone can read them. */
public interface TeamService {

    record TeamView(long id, String name, String description, List<UserRef> members) {
    }

    TeamView create(Actor actor, String name, String description);

    TeamView change(Actor actor, long teamId, String name, String description);

    void delete(Actor actor, long teamId);

    TeamView get(Actor actor, long teamId);

    List<TeamView> list(Actor actor);

    TeamView addMember(Actor actor, long teamId, long userId);

    TeamView removeMember(Actor actor, long teamId, long userId);
}
