package io.livedesk.application.policy;

import java.util.Objects;

/**
 * One rule file of a rule set, by its path relative to the rules folder ({@code assignment/10-routing.drl}) and
 * its whole text. A rule set travels as a list of these: to validate a draft, to activate a published version, or
 * to simulate decisions with it.
 */
public record RuleFile(String path, String content) {

    public RuleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
