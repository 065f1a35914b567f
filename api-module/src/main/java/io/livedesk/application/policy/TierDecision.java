package io.livedesk.application.policy;

import io.livedesk.domain.assignment.AssignmentTier;

/**
 * The rules' answer to "who decides this assignment": filled in by the first rule that fires, in the
 * rules' priority order; later rules leave it as it is.
 */
public final class TierDecision {

    private AssignmentTier tier;
    private String ruleId;
    private String ruleName;

    public boolean isUndecided() {
        return tier == null;
    }

    /** The rule name starts with its id ("TIER-020 ..."); the id is kept apart for reports and explanations. */
    public void decide(AssignmentTier tier, String ruleName) {
        if (this.tier == null) {
            this.tier = tier;
            this.ruleName = ruleName;
            int space = ruleName.indexOf(' ');
            this.ruleId = space > 0 ? ruleName.substring(0, space) : ruleName;
        }
    }

    public AssignmentTier tier() { return tier; }
    public String ruleId() { return ruleId; }
    public String ruleName() { return ruleName; }
}
