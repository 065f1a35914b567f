package io.livedesk.application.internal;

import io.livedesk.application.AccountViews.UserRef;
import io.livedesk.application.Actor;
import io.livedesk.application.DomainProblem;
import io.livedesk.application.TeamService;
import io.livedesk.domain.account.User;
import io.livedesk.domain.team.Team;
import io.livedesk.infrastructure.persistence.TeamRepository;
import io.livedesk.infrastructure.persistence.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultTeamService implements TeamService {

    @Inject
    TeamRepository teams;

    @Inject
    UserRepository users;

    @Inject
    AccessGuard access;

    @Inject
    Clock clock;

    @Override
    public TeamView create(Actor actor, String name, String description) {
        access.requireAdministrator(actor);
        requireUniqueName(name, null);
        Team team = teams.add(new Team(name.strip(), description, clock.instant()));
        teams.flush();
        return view(team);
    }

    @Override
    public TeamView change(Actor actor, long teamId, String name, String description) {
        access.requireAdministrator(actor);
        Team team = find(teamId);
        String newName = name == null ? team.getName() : name;
        requireUniqueName(newName, teamId);
        team.rename(newName.strip(), description == null ? team.getDescription() : description);
        return view(team);
    }

    @Override
    public void delete(Actor actor, long teamId) {
        access.requireAdministrator(actor);
        Team team = find(teamId);
        try {
            teams.remove(team);
            teams.flush();
        } catch (PersistenceException stillReferenced) {
            throw new DomainProblem.Conflict("Team " + teamId + " still has conversations; reassign them first.");
        }
    }

    @Override
    public TeamView get(Actor actor, long teamId) {
        return view(find(teamId));
    }

    @Override
    public List<TeamView> list(Actor actor) {
        return teams.listAll().stream().map(DefaultTeamService::view).toList();
    }

    @Override
    public TeamView addMember(Actor actor, long teamId, long userId) {
        access.requireAdministrator(actor);
        Team team = find(teamId);
        team.addMember(users.find(userId).orElseThrow(() -> new DomainProblem.NotFound("User", userId)));
        return view(team);
    }

    @Override
    public TeamView removeMember(Actor actor, long teamId, long userId) {
        access.requireAdministrator(actor);
        Team team = find(teamId);
        team.getMembers().removeIf(member -> member.getId() == userId);
        return view(team);
    }

    private Team find(long teamId) {
        return teams.find(teamId).orElseThrow(() -> new DomainProblem.NotFound("Team", teamId));
    }

    private void requireUniqueName(String name, Long exceptId) {
        if (name == null || name.isBlank()) {
            throw new DomainProblem.Invalid("A team needs a name.");
        }
        teams.findByName(name.strip()).filter(other -> !other.getId().equals(exceptId)).ifPresent(other -> {
            throw new DomainProblem.Conflict("A team named '" + other.getName() + "' already exists.");
        });
    }

    static TeamView view(Team team) {
        List<UserRef> members = team.getMembers().stream()
                .sorted(java.util.Comparator.comparing(User::getDisplayName))
                .map(UserRef::of).toList();
        return new TeamView(team.getId(), team.getName(), team.getDescription(), members);
    }
}
