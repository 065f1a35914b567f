package io.livedesk.rules.engine;

import io.livedesk.application.policy.RuleFile;
import io.livedesk.application.policy.RuleProblem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Turns a rule set into a {@link CompiledRuleSet}, or into the list of what is wrong with it: structure problems
 * and compiler errors alike, each with file, line and column.
 *
 * <p>Each compilation gets its own release id and leaves nothing behind in Drools' shared repository, so drafts
 * can be validated while another set is being activated.
 */
public final class RuleSetCompiler {

    /** The rules' DRL packages are io.livedesk.rules.<folder>: put the files where Drools expects that package. */
    private static final String PACKAGE_FOLDER = "io/livedesk/rules/";
    private static final String FOLDER = "src/main/resources/" + PACKAGE_FOLDER;
    private static final AtomicLong BUILDS = new AtomicLong();

    private final ClassLoader classLoader;
    private final Clock clock;

    public RuleSetCompiler(ClassLoader classLoader, Clock clock) {
        this.classLoader = classLoader;
        this.clock = clock;
    }

    /** Either the compiled set or the problems; never both. */
    public record Outcome(CompiledRuleSet compiled, List<RuleProblem> problems) {

        public boolean succeeded() {
            return compiled != null;
        }
    }

    public Outcome compile(RuleSet set) {
        RuleSetStructure.Result structure = RuleSetStructure.check(set);
        List<RuleProblem> problems = new ArrayList<>(structure.problems());

        KieServices kie = KieServices.Factory.get();
        ReleaseId releaseId = kie.newReleaseId("io.livedesk", "livedesk-rules", "1." + BUILDS.incrementAndGet());
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (RuleFile file : set.files()) {
            files.write(FOLDER + file.path(), file.content().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = kie.newKieBuilder(files, classLoader).buildAll();
        try {
            for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
                // Drools counts columns from 0; editors, and RuleProblem, from 1.
                problems.add(new RuleProblem(relative(message.getPath()), message.getLine(),
                        message.getLine() > 0 ? message.getColumn() + 1 : 0, message.getText().strip()));
            }
            if (!problems.isEmpty()) {
                return new Outcome(null, List.copyOf(problems));
            }
            KieContainer container = kie.newKieContainer(releaseId, classLoader);
            KieBase kieBase = container.getKieBase();
            return new Outcome(new CompiledRuleSet(set, kieBase, structure.catalog(), clock.instant()), List.of());
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    private static String relative(String path) {
        if (path == null) {
            return "(rule set)";
        }
        int folder = path.indexOf(PACKAGE_FOLDER);
        return folder >= 0 ? path.substring(folder + PACKAGE_FOLDER.length()) : path;
    }
}
