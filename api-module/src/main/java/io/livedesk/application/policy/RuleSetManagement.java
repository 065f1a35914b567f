package io.livedesk.application.policy;

import java.util.List;
import java.util.Optional;

/**
 * Reading, checking and replacing the rule set. Publishing workflow (who published what, when; rollback) is the
 * caller's: it keeps published sets and activates one by handing over its files, an old one to roll back.
 */
public interface RuleSetManagement {

    /** The set deciding now; empty before the first build at start-up finished. */
    Optional<RuleSetVersion> activeVersion();

    /** The active set's files with their contents. */
    List<RuleFile> activeFiles();

    /** One file of the active set, by its path relative to the rules folder. */
    Optional<RuleFile> activeFile(String path);

    /** Compiles and checks a draft set without activating it. */
    RuleSetValidation validate(List<RuleFile> files);

    /**
     * Activates the set when it is valid: from the next decision on, it decides. When a rules folder is
     * configured the files are written there too, so that the folder and the active set agree. An invalid set
     * changes nothing.
     */
    RuleSetValidation activate(List<RuleFile> files);
}
