package io.livedesk.application.internal;

import io.livedesk.application.policy.RuleSetManagement;
import io.livedesk.application.policy.RuleSetValidation;
import io.livedesk.application.policy.RuleSetVersion;
import io.livedesk.domain.policy.PublishedRuleSet;
import io.livedesk.infrastructure.config.LiveDeskStartup;
import io.livedesk.infrastructure.persistence.PublishedRuleSetRepository;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps every server on the rule set last published through the API: a publication on one server is live on the
 * others within two seconds. At start-up the latest publication is activated too, unless a rules folder is
 * configured: then the folder, which analysts edit, is what the server starts from.
 */
@ApplicationScoped
public class PublishedRulesFollower {

    private static final Logger LOG = Logger.getLogger(PublishedRulesFollower.class.getName());
    private static final long PERIOD_MILLIS = 2_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PublishedRuleSetRepository published;

    @Inject
    RuleSetManagement rules;

    @Inject
    LiveDeskStartup startup;

    @Inject
    @ConfigProperty(name = "livedesk.rules.dir")
    Optional<String> rulesDirectory;

    private volatile Long followedId;
    private ScheduledFuture<?> ticks;

    void start(@Observes Startup event) {
        ticks = scheduler.scheduleWithFixedDelay(this::follow, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    void follow() {
        if (!startup.isStarted()) {
            return;
        }
        try {
            Optional<PublishedRuleSet> latest = latest();
            if (latest.isEmpty()) {
                followedId = 0L;
                return;
            }
            boolean firstLook = followedId == null;
            if (firstLook && rulesDirectory.filter(dir -> !dir.isBlank()).isPresent()) {
                followedId = latest.get().getId();
                return;
            }
            if (latest.get().getId().equals(followedId)) {
                return;
            }
            String active = rules.activeVersion().map(RuleSetVersion::version).orElse(null);
            if (!latest.get().getVersion().equals(active)) {
                RuleSetValidation result = rules.activate(DefaultRuleSetService.filesOf(latest.get()));
                if (!result.valid()) {
                    LOG.warning("The published rule set " + latest.get().getVersion() + " does not compile here: "
                            + result.problems());
                }
            }
            followedId = latest.get().getId();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check for newly published rules", e);
        }
    }

    private Optional<PublishedRuleSet> latest() {
        return published.latest();
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }
}
