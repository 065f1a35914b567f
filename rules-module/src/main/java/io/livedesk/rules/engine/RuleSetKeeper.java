package io.livedesk.rules.engine;

import io.livedesk.application.policy.RuleBaseStatus.Status;
import io.livedesk.application.policy.RuleFile;
import io.livedesk.application.policy.RuleProblem;
import io.livedesk.application.policy.RuleSetValidation;
import io.livedesk.application.policy.RuleSetVersion;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the active rule set and replaces it when a valid change arrives: from the rules folder (polled, so an
 * edit is live within a poll interval plus a compilation), or from an activation. A change that does not compile
 * or breaks the structure is rejected with its problems, logged and kept for the status, and the previous rules
 * keep serving. The swap is one volatile write: a decision runs entirely on the set it started with.
 *
 * <p>Nothing happens on the caller's thread at start-up: {@link #start} hands the first build to the scheduler.
 */
public final class RuleSetKeeper implements CurrentRules, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RuleSetKeeper.class.getName());
    private static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(60);

    private final RuleSetCompiler compiler;
    private final ClassLoader classLoader;
    private final Optional<RuleDirectory> directory;
    private final Duration pollInterval;

    private final Object changes = new Object();
    private final CompletableFuture<CompiledRuleSet> firstBuild = new CompletableFuture<>();
    private final AtomicBoolean firstBuildStarted = new AtomicBoolean();
    private volatile CompiledRuleSet active;
    private volatile List<RuleProblem> rejected = List.of();
    private String lastDirectoryVersion;
    private ScheduledFuture<?> polling;

    public RuleSetKeeper(RuleSetCompiler compiler, ClassLoader classLoader, Optional<RuleDirectory> directory,
                         Duration pollInterval) {
        this.compiler = compiler;
        this.classLoader = classLoader;
        this.directory = directory;
        this.pollInterval = pollInterval;
    }

    /**
     * Builds the first set in the background, unless another thread already is, and once it is built (or refused)
     * watches the rules folder if there is one: a poll must not race the first build for an empty folder.
     */
    public void start(ScheduledExecutorService scheduler) {
        scheduler.execute(() -> {
            buildFirst();
            if (directory.isPresent()) {
                firstBuild.handle((rules, failure) -> rules).join();
                polling = scheduler.scheduleWithFixedDelay(this::pollQuietly,
                        pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /**
     * The first build, on the calling thread, once: {@link #start} runs it in the background, and a decision asked
     * for before {@link #start} was called (another start-up observer, say) runs it rather than wait for nothing.
     */
    public void buildFirst() {
        if (firstBuildStarted.compareAndSet(false, true)) {
            build();
        }
    }

    private void build() {
        try {
            RuleSet packaged = PackagedRules.load(classLoader);
            List<RuleProblem> folderProblems = List.of();
            if (directory.isPresent()) {
                RuleDirectory folder = directory.get();
                if (!folder.hasRules()) {
                    folder.write(packaged);
                    LOG.info(() -> "The rules folder " + folder.root() + " was empty: the packaged rules were copied there");
                }
                synchronized (changes) {
                    RuleSet fromFolder = folder.read();
                    lastDirectoryVersion = fromFolder.version();
                    if (offer(fromFolder)) {
                        return;
                    }
                    folderProblems = rejected;
                }
                LOG.warning("The rules folder's files were rejected; the packaged rules decide until they are fixed");
            }
            RuleSetCompiler.Outcome outcome = compiler.compile(packaged);
            synchronized (changes) {
                if (outcome.succeeded()) {
                    install(outcome.compiled());
                    rejected = folderProblems;
                } else {
                    reject(packaged, outcome.problems());
                    firstBuild.completeExceptionally(new IllegalStateException(
                            "The packaged rules do not compile: " + outcome.problems()));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The rule set could not be built", e);
            firstBuild.completeExceptionally(e);
        }
    }

    @Override
    public CompiledRuleSet current() {
        CompiledRuleSet rules = active;
        if (rules != null) {
            return rules;
        }
        buildFirst();
        try {
            return firstBuild.get(FIRST_BUILD_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the rules", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The rules are not available: " + String.join("; ", status().problems()), e);
        }
    }

    public RuleSetValidation validate(List<RuleFile> files) {
        RuleSet draft = RuleSet.of(files, RuleSet.DRAFT);
        return validation(draft, compiler.compile(draft));
    }

    /** Compiles a draft for simulation; nothing changes. */
    public RuleSetCompiler.Outcome compileDraft(List<RuleFile> files) {
        return compiler.compile(RuleSet.of(files, RuleSet.DRAFT));
    }

    public RuleSetValidation activate(List<RuleFile> files) {
        RuleSet set = RuleSet.of(files, RuleSet.ACTIVATION);
        synchronized (changes) {
            RuleSetCompiler.Outcome outcome = compiler.compile(set);
            if (!outcome.succeeded()) {
                reject(set, outcome.problems());
                return validation(set, outcome);
            }
            directory.ifPresent(folder -> {
                folder.write(set);
                lastDirectoryVersion = set.version();
            });
            install(outcome.compiled());
            return validation(set, outcome);
        }
    }

    /** Looks at the rules folder once; a changed set is compiled and, when valid, activated. */
    public void pollDirectory() {
        RuleDirectory folder = directory.orElseThrow();
        synchronized (changes) {
            RuleSet set = folder.read();
            if (set.version().equals(lastDirectoryVersion)) {
                return;
            }
            lastDirectoryVersion = set.version();
            CompiledRuleSet serving = active;
            if (serving != null && serving.source().version().equals(set.version())) {
                return;
            }
            offer(set);
        }
    }

    public Optional<RuleSetVersion> activeVersion() {
        CompiledRuleSet rules = active;
        if (rules == null) {
            return Optional.empty();
        }
        RuleSet source = rules.source();
        return Optional.of(new RuleSetVersion(source.version(), rules.compiledAt(), source.origin(),
                rules.ruleCount(), source.paths()));
    }

    public List<RuleFile> activeFiles() {
        CompiledRuleSet rules = active;
        return rules == null ? List.of() : rules.source().files();
    }

    public Status status() {
        CompiledRuleSet rules = active;
        List<String> problems = rejected.stream().map(RuleProblem::toString).toList();
        if (rules == null) {
            return new Status(false, 0, List.of(), null, problems.isEmpty() ? List.of("not built yet") : problems, null);
        }
        return new Status(true, rules.ruleCount(), rules.source().paths(), rules.compiledAt(), problems,
                rules.source().version());
    }

    @Override
    public void close() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void pollQuietly() {
        try {
            pollDirectory();
        } catch (RuntimeException e) {
            // A folder being edited can be briefly unreadable; the next poll tries again.
            LOG.log(Level.WARNING, "Could not read the rules folder", e);
        }
    }

    /** Compiles and activates a set, or rejects it; true when it was activated. Called holding {@code changes}. */
    private boolean offer(RuleSet set) {
        RuleSetCompiler.Outcome outcome = compiler.compile(set);
        if (outcome.succeeded()) {
            install(outcome.compiled());
            return true;
        }
        reject(set, outcome.problems());
        return false;
    }

    private void install(CompiledRuleSet rules) {
        active = rules;
        rejected = List.of();
        firstBuild.complete(rules);
        LOG.info(() -> "Rules " + rules.source().version() + " (" + rules.source().origin() + ") decide now: "
                + rules.ruleCount() + " rules in " + rules.source().files().size() + " files");
    }

    private void reject(RuleSet set, List<RuleProblem> problems) {
        rejected = problems;
        LOG.severe(() -> "Rules " + set.version() + " (" + set.origin() + ") rejected; the previous rules keep"
                + " serving:\n  " + String.join("\n  ", problems.stream().map(RuleProblem::toString).toList()));
    }

    private static RuleSetValidation validation(RuleSet set, RuleSetCompiler.Outcome outcome) {
        return outcome.succeeded()
                ? new RuleSetValidation(true, set.version(), outcome.compiled().ruleCount(), List.of())
                : new RuleSetValidation(false, set.version(), 0, outcome.problems());
    }
}
