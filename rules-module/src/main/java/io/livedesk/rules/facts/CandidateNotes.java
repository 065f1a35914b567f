package io.livedesk.rules.facts;

import io.livedesk.application.policy.CandidateAgent;
import io.livedesk.application.policy.Exclusion;
import io.livedesk.rules.engine.RuleCatalog;
import io.livedesk.rules.engine.RuleTrail;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the human tier's rules write, as the DRL global {@code screening}: which candidate is excluded and why,
 * and whether the conversation waits for the humans instead (outside business hours, for instance).
 */
public final class CandidateNotes implements RuleTrail {

    /** One reason a candidate was excluded, and the id of the rule that said so. */
    public record Reason(Exclusion exclusion, String ruleId) {
    }

    private final Map<Long, List<Reason>> reasons = new HashMap<>();
    private String firing;
    private String queueReason;
    private String queuedBy;

    @Override
    public void firing(String ruleName) {
        this.firing = ruleName;
    }

    public void exclude(CandidateAgent agent, Exclusion exclusion) {
        List<Reason> agentReasons = reasons.computeIfAbsent(agent.userId(), id -> new ArrayList<>());
        if (agentReasons.stream().noneMatch(reason -> reason.exclusion() == exclusion)) {
            agentReasons.add(new Reason(exclusion, RuleCatalog.idOf(firing)));
        }
    }

    /** Nobody is to take it now: the conversation waits in the queue, for this reason. */
    public void queue(String reason) {
        if (queueReason == null) {
            queueReason = reason;
            queuedBy = RuleCatalog.idOf(firing);
        }
    }

    public List<Reason> reasons(CandidateAgent agent) {
        return reasons.getOrDefault(agent.userId(), List.of());
    }

    /** Why the conversation waits, with the rule that said so, or null. */
    public String queueReason() {
        return queueReason == null ? null : queueReason + " (" + queuedBy + ")";
    }
}
