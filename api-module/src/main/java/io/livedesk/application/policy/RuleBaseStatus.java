package io.livedesk.application.policy;

import java.time.Instant;
import java.util.List;

/** The state of the active rule set, for health checks and administrators. */
public interface RuleBaseStatus {

    /**
     * @param healthy   true once a rule set compiled and is serving decisions. A rejected change does not make it
     *                  unhealthy: the previous rules keep serving, and the rejection is in {@code problems}.
     * @param ruleCount rules in the active set
     * @param files     the active set's files, relative to the rules folder ({@code assignment/10-routing.drl})
     * @param builtAt   when the active set was activated, or null before the first build
     * @param problems  the last rejected change's problems as {@code file:line:column: message}, or why nothing
     *                  serves yet; empty when the last change was accepted
     * @param version   the active set's version (a hash of its files), or null before the first build
     */
    record Status(boolean healthy, int ruleCount, List<String> files, Instant builtAt, List<String> problems,
                  String version) {

        public Status {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    Status status();
}
