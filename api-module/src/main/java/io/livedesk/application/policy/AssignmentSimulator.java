package io.livedesk.application.policy;

import java.util.List;

/**
 * Decides a list of cases with a draft rule set next to the active one, without changing anything, so a person
 * can see what a change would do before publishing it.
 */
public interface AssignmentSimulator {

    AssignmentSimulation simulate(List<RuleFile> draft, List<AssignmentRequest> cases);
}
