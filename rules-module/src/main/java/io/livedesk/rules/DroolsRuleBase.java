package io.livedesk.rules;

import io.livedesk.application.policy.AssignmentCase;
import io.livedesk.application.policy.AssignmentPolicy;
import io.livedesk.application.policy.RuleBaseStatus;
import io.livedesk.application.policy.TierDecision;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The rule base packaged with LiveDesk, built once at start-up, in the background while the rest of the
 * application starts (compiling DRL takes a second or two). A file that does not compile leaves the rule base
 * unhealthy, with each problem's file, line and message, and the readiness check reports it.
 */
@ApplicationScoped
public class DroolsRuleBase implements AssignmentPolicy, RuleBaseStatus {

    private static final Logger LOG = Logger.getLogger(DroolsRuleBase.class.getName());

    /** The packaged rule files, named so that their order shows their priority. */
    static final List<String> PACKAGED_FILES = List.of("rules/assignment/20-tiers.drl");

    @Resource
    ManagedExecutorService executor;

    private volatile KieBase kieBase;
    private volatile Status status = new Status(false, 0, PACKAGED_FILES, null, List.of("not built yet"));

    void buildAtStartup(@Observes Startup startup) {
        executor.submit(this::build);
    }

    synchronized void build() {
        if (status.builtAt() != null) {
            return;
        }
        RuleBuild build = RuleBuild.of(PACKAGED_FILES, getClass().getClassLoader());
        kieBase = build.kieBase();
        status = build.status();
        if (status.healthy()) {
            LOG.info(() -> "Rule base built: " + status.ruleCount() + " rules from " + PACKAGED_FILES.size() + " files");
        } else {
            LOG.severe(() -> "The rule base does not compile: " + String.join("; ", status.problems()));
        }
    }

    @Override
    public Status status() {
        return status;
    }

    @Override
    public TierDecision decideTier(AssignmentCase assignmentCase) {
        if (status.builtAt() == null) {
            build();
        }
        KieBase current = kieBase;
        if (current == null) {
            throw new IllegalStateException("The rule base is not available: " + String.join("; ", status.problems()));
        }
        TierDecision decision = new TierDecision();
        StatelessKieSession session = current.newStatelessKieSession();
        session.execute(List.of(assignmentCase, decision));
        return decision;
    }

    /** One compilation of a set of DRL files: the KieBase if it compiled, and what to report either way. */
    record RuleBuild(KieBase kieBase, Status status) {

        static RuleBuild of(List<String> resources, ClassLoader classLoader) {
            KieServices kie = KieServices.Factory.get();
            KieFileSystem files = kie.newKieFileSystem();
            for (String resource : resources) {
                try (InputStream in = classLoader.getResourceAsStream(resource)) {
                    if (in == null) {
                        return failed(resources, List.of(resource + ": not found on the class path"));
                    }
                    files.write("src/main/resources/" + resource, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            KieBuilder builder = kie.newKieBuilder(files, classLoader).buildAll();
            List<String> problems = builder.getResults().getMessages(Message.Level.ERROR).stream()
                    .map(m -> m.getPath() + ":" + m.getLine() + ":" + m.getColumn() + ": " + m.getText().strip())
                    .toList();
            if (!problems.isEmpty()) {
                return failed(resources, problems);
            }
            KieContainer container = kie.newKieContainer(kie.getRepository().getDefaultReleaseId(), classLoader);
            KieBase kieBase = container.getKieBase();
            int rules = kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
            return new RuleBuild(kieBase, new Status(true, rules, resources, Instant.now(), List.of()));
        }

        private static RuleBuild failed(List<String> resources, List<String> problems) {
            return new RuleBuild(null, new Status(false, 0, resources, Instant.now(), problems));
        }
    }
}
