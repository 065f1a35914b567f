package io.livedesk.application.policy;

import java.time.Instant;
import java.util.List;

/**
 * The rule set that decides now.
 *
 * @param version     a hash of the files' paths and contents: the same files always give the same version
 * @param activatedAt when it started deciding
 * @param origin      where it came from: {@code packaged}, {@code directory} or {@code activation}
 * @param ruleCount   how many rules it has
 * @param files       its files' paths
 */
public record RuleSetVersion(String version, Instant activatedAt, String origin, int ruleCount, List<String> files) {

    public RuleSetVersion {
        files = List.copyOf(files);
    }
}
