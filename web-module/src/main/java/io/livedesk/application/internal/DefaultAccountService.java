package io.livedesk.application.internal;

import io.livedesk.application.AccountService;
import io.livedesk.application.AccountViews.UserView;
import io.livedesk.application.Actor;
import io.livedesk.application.DomainProblem;
import io.livedesk.domain.account.Availability;
import io.livedesk.domain.account.Role;
import io.livedesk.domain.account.User;
import io.livedesk.infrastructure.persistence.ApiTokenRepository;
import io.livedesk.infrastructure.persistence.UserRepository;
import io.livedesk.infrastructure.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

@ApplicationScoped
@Transactional
public class DefaultAccountService implements AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    @Inject
    UserRepository users;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    PasswordHasher passwords;

    @Inject
    AccessGuard access;

    @Inject
    Clock clock;

    @Inject
    Event<AssignmentQueue.AgentFreed> agentFreed;

    @Override
    public UserView create(Actor actor, NewUser newUser) {
        access.requireAdministrator(actor);
        requireEmail(newUser.email());
        requireName(newUser.displayName());
        DefaultAuthenticationService.requireStrongEnough(newUser.password());
        if (newUser.role() == null) {
            throw new DomainProblem.Invalid("Say whether the user is an ADMINISTRATOR or an AGENT.");
        }
        if (users.findByEmail(newUser.email()).isPresent()) {
            throw new DomainProblem.Conflict("A user with the e-mail address " + User.normalizeEmail(newUser.email())
                    + " already exists.");
        }
        User user = users.add(new User(newUser.email(), newUser.displayName().strip(),
                passwords.hash(newUser.password()), newUser.role(), clock.instant()));
        users.flush();
        return UserView.of(user);
    }

    @Override
    public UserView change(Actor actor, long userId, UserChanges changes) {
        access.requireAdministrator(actor);
        User user = users.find(userId).orElseThrow(() -> new DomainProblem.NotFound("User", userId));
        Instant now = clock.instant();
        if (changes.email() != null) {
            requireEmail(changes.email());
            users.findByEmail(changes.email()).filter(other -> !other.getId().equals(user.getId())).ifPresent(other -> {
                throw new DomainProblem.Conflict("Another user already has the e-mail address " + other.getEmail() + ".");
            });
            user.changeEmail(changes.email(), now);
        }
        if (changes.displayName() != null) {
            requireName(changes.displayName());
            user.rename(changes.displayName().strip(), now);
        }
        if (changes.role() != null && changes.role() != user.getRole()) {
            if (user.getId() == actor.userId()) {
                throw new DomainProblem.Conflict("You cannot change your own role; ask another administrator.");
            }
            user.changeRole(changes.role(), now);
            tokens.revokeAll(user.getId(), now);
        }
        if (changes.active() != null && changes.active() != user.isActive()) {
            if (user.getId() == actor.userId()) {
                throw new DomainProblem.Conflict("You cannot deactivate yourself.");
            }
            if (changes.active()) {
                user.reactivate(now);
            } else {
                user.deactivate(now);
                tokens.revokeAll(user.getId(), now);
            }
        }
        return UserView.of(user);
    }

    @Override
    public UserView get(Actor actor, long userId) {
        if (!actor.isAdministrator() && actor.userId() != userId) {
            throw new DomainProblem.NotFound("User", userId);
        }
        return users.find(userId).map(UserView::of).orElseThrow(() -> new DomainProblem.NotFound("User", userId));
    }

    @Override
    public List<UserView> list(Actor actor) {
        return users.listAll().stream().map(UserView::of).toList();
    }

    @Override
    public UserView setAvailability(Actor actor, long userId, Availability availability) {
        if (!actor.isAdministrator() && actor.userId() != userId) {
            throw new DomainProblem.Forbidden("Only an administrator may change someone else's availability.");
        }
        if (availability == null) {
            throw new DomainProblem.Invalid("Availability is one of ONLINE, BUSY, OFFLINE.");
        }
        User user = users.find(userId).orElseThrow(() -> new DomainProblem.NotFound("User", userId));
        if (!user.isActive()) {
            throw new DomainProblem.Conflict("A deactivated user cannot be made available.");
        }
        user.changeAvailability(availability, clock.instant());
        agentFreed.fire(new AssignmentQueue.AgentFreed());
        return UserView.of(user);
    }

    @Override
    public boolean createFirstAdministrator(String email, String displayName, String password) {
        if (users.count() > 0) {
            return false;
        }
        users.add(new User(email, displayName, passwords.hash(password), Role.ADMINISTRATOR, clock.instant()));
        return true;
    }

    private static void requireEmail(String email) {
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            throw new DomainProblem.Invalid("'" + email + "' is not an e-mail address.");
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainProblem.Invalid("A user needs a display name.");
        }
    }
}
