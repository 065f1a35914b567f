package io.livedesk.application;

import io.livedesk.application.AccountViews.UserRef;
import io.livedesk.application.policy.RuleBaseStatus;
import io.livedesk.application.policy.RuleFile;
import io.livedesk.application.policy.RuleSetValidation;
import io.livedesk.application.policy.RuleSetVersion;
import io.livedesk.domain.assignment.AssignmentTier;
import java.time.Instant;
import java.util.List;

/**
 * The rule files business analysts own (assignment, business hours, greeting, CSAT): read them, check a change,
 * publish it (live at once on this server, within seconds on the others), see who published what and when, go back
 * to an earlier version, and simulate what a change would decide before publishing it. Administrators and
 * rules editors.
 *
 * <p>A change names only the files it changes; the other files of the active set stay as they are.
 */
public interface RuleSetService {

    record Overview(RuleSetVersion active, RuleBaseStatus.Status status, List<String> files) {
    }

    record Published(long id, String version, int ruleCount, String note, UserRef publishedBy, Instant publishedAt) {
    }

    /** The check of a change and, when it was valid and published, its entry in the history. */
    record PublishOutcome(RuleSetValidation validation, Published published) {
    }

    /** One conversation decided by the active rules and by the draft; {@code changed} when they differ. */
    record SimulatedDecision(long conversationId, String inbox, Decision active, Decision draft, boolean changed) {
    }

    record Decision(AssignmentTier tier, String ruleId, String ruleName, String team, Long assigneeId,
                    boolean aiAgent, String explanation) {
    }

    record Simulation(RuleSetValidation draft, List<SimulatedDecision> decisions, int changed) {
    }

    Overview overview(Actor actor);

    RuleFile file(Actor actor, String path);

    RuleSetValidation validate(Actor actor, List<RuleFile> changes);

    PublishOutcome publish(Actor actor, List<RuleFile> changes, String note);

    List<Published> history(Actor actor);

    /** Publishes an earlier version again (a new history entry), when it still compiles. */
    PublishOutcome rollback(Actor actor, long publishedId);

    /** The given conversations, or the latest {@code last} ones, decided by the active rules and by the draft. */
    Simulation simulate(Actor actor, List<RuleFile> changes, List<Long> conversationIds, Integer last);
}
