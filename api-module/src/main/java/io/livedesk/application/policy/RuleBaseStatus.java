package io.livedesk.application.policy;

import java.time.Instant;
import java.util.List;

/** The state of the active rule base, for health checks and administrators. */
public interface RuleBaseStatus {

    record Status(boolean healthy, int ruleCount, List<String> files, Instant builtAt, List<String> problems) {
    }

    Status status();
}
