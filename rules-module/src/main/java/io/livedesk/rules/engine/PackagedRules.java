package io.livedesk.rules.engine;

import io.livedesk.application.policy.RuleFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule files that ship inside LiveDesk, under {@code rules/} on the class path. They are listed, not
 * discovered: scanning a class path folder is not portable across application servers, and the list is the
 * same as the structure's expected files anyway.
 */
public final class PackagedRules {

    static final String ROOT = "rules/";

    private PackagedRules() {
    }

    public static RuleSet load(ClassLoader classLoader) {
        List<RuleFile> files = new ArrayList<>();
        for (String path : RuleSetStructure.EXPECTED_FILES) {
            try (InputStream in = classLoader.getResourceAsStream(ROOT + path)) {
                if (in == null) {
                    throw new IllegalStateException("The packaged rule file " + ROOT + path + " is missing");
                }
                files.add(new RuleFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return RuleSet.of(files, RuleSet.PACKAGED);
    }
}
