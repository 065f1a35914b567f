package io.livedesk.rules.engine;

import io.livedesk.application.policy.RuleBaseStatus;
import io.livedesk.application.policy.RuleFile;
import io.livedesk.application.policy.RuleSetManagement;
import io.livedesk.application.policy.RuleSetValidation;
import io.livedesk.application.policy.RuleSetVersion;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The rule set of the running server, as a CDI bean: configured from MicroProfile Config, built in the background
 * when the application starts (start-up does not wait for Drools), and watched for changes when a rules folder is
 * configured. It is the rule set's status for the health check and its management port for the REST layer.
 *
 * <table>
 *   <caption>Configuration</caption>
 *   <tr><th>key</th><th>environment</th><th>default</th></tr>
 *   <tr><td>livedesk.rules.dir</td><td>LIVEDESK_RULES_DIR</td><td>unset: the packaged rules</td></tr>
 *   <tr><td>livedesk.rules.poll-millis</td><td>LIVEDESK_RULES_POLL_MILLIS</td><td>250</td></tr>
 * </table>
 */
@ApplicationScoped
public class ActiveRules implements CurrentRules, RuleBaseStatus, RuleSetManagement {

    public static final String RULES_DIR = "livedesk.rules.dir";
    public static final String POLL_MILLIS = "livedesk.rules.poll-millis";

    @Inject
    Config config;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile RuleSetKeeper keeper;

    void startWithTheApplication(@Observes Startup startup) {
        keeper().start(scheduler);
    }

    @PreDestroy
    void stopWatching() {
        if (keeper != null) {
            keeper.close();
        }
    }

    @Override
    public CompiledRuleSet current() {
        return keeper().current();
    }

    @Override
    public Status status() {
        return keeper().status();
    }

    @Override
    public Optional<RuleSetVersion> activeVersion() {
        return keeper().activeVersion();
    }

    @Override
    public List<RuleFile> activeFiles() {
        return keeper().activeFiles();
    }

    @Override
    public Optional<RuleFile> activeFile(String path) {
        String wanted = RuleSet.normalise(path);
        return activeFiles().stream().filter(file -> file.path().equals(wanted)).findFirst();
    }

    @Override
    public RuleSetValidation validate(List<RuleFile> files) {
        return keeper().validate(files);
    }

    @Override
    public RuleSetValidation activate(List<RuleFile> files) {
        return keeper().activate(files);
    }

    /** For the simulator: compiles a draft without activating it. */
    public RuleSetCompiler.Outcome compileDraft(List<RuleFile> files) {
        return keeper().compileDraft(files);
    }

    private RuleSetKeeper keeper() {
        RuleSetKeeper current = keeper;
        if (current == null) {
            synchronized (this) {
                if (keeper == null) {
                    Optional<RuleDirectory> folder = config.getOptionalValue(RULES_DIR, String.class)
                            .filter(dir -> !dir.isBlank())
                            .map(dir -> new RuleDirectory(Path.of(dir)));
                    Duration poll = Duration.ofMillis(config.getOptionalValue(POLL_MILLIS, Long.class).orElse(250L));
                    ClassLoader classLoader = ActiveRules.class.getClassLoader();
                    keeper = new RuleSetKeeper(new RuleSetCompiler(classLoader, Clock.systemUTC()), classLoader,
                            folder, poll);
                }
                current = keeper;
            }
        }
        return current;
    }
}
