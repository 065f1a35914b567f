package io.livedesk.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.policy.AssignmentRequest;
import io.livedesk.application.policy.CandidateAgent;
import io.livedesk.application.policy.ConversationFacts;
import io.livedesk.application.policy.InboxFacts;
import io.livedesk.application.policy.OpeningHours;
import io.livedesk.application.policy.Referral;
import io.livedesk.application.policy.RuleFile;
import io.livedesk.application.policy.RuleSetValidation;
import io.livedesk.domain.account.Availability;
import io.livedesk.domain.inbox.AssignmentMethod;
import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.rules.policies.AssignmentDecider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotReloadTest {

    private static final Duration RELOAD_BOUND = Duration.ofSeconds(2);
    private static final ClassLoader CLASS_LOADER = HotReloadTest.class.getClassLoader();
    private static final String ROUTING = "assignment/10-routing.drl";

    @TempDir
    Path folder;

    private ScheduledExecutorService scheduler;
    private RuleSetKeeper keeper;
    private final AssignmentDecider decider = new AssignmentDecider(text -> "");

    @BeforeEach
    void startWatchingAnEmptyFolder() {
        scheduler = Executors.newScheduledThreadPool(1);
        keeper = new RuleSetKeeper(new RuleSetCompiler(CLASS_LOADER, Clock.systemUTC()), CLASS_LOADER,
                Optional.of(new RuleDirectory(folder)), Duration.ofMillis(100));
        keeper.start(scheduler);
        keeper.current();
    }

    @AfterEach
    void stop() {
        keeper.close();
        scheduler.shutdownNow();
    }

    /** A French-speaking customer's conversation, in an inbox that is always open, with a French team. */
    private static AssignmentRequest frenchCustomer() {
        return new AssignmentRequest(new InboxFacts(1, "Support", ChannelType.FACEBOOK_PAGE,
                AssignmentMethod.ROUND_ROBIN, false, OpeningHours.ALWAYS_OPEN),
                new ConversationFacts(1, "Bonjour", "fr_FR", false, 0, Set.of(), Referral.NONE),
                List.of(new CandidateAgent(7, "fleur@example.com", "Fleur", Availability.ONLINE, true,
                        Set.of("French"), 0, 10, 0)),
                Instant.parse("2025-06-11T10:00:00Z"));
    }

    private String teamForAFrenchCustomer() {
        return decider.decide(keeper.current(), frenchCustomer()).action().team();
    }

    private String routingFile() throws Exception {
        return Files.readString(folder.resolve(ROUTING));
    }

    private void writeAtomically(String path, String content) throws Exception {
        Path target = folder.resolve(path);
        Path aside = target.resolveSibling(".editor-swap");
        Files.writeString(aside, content, StandardCharsets.UTF_8);
        Files.move(aside, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Waits until the condition holds; false if the deadline passes first. */
    private static boolean within(Duration deadline, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    @Nested
    class TheRulesFolder {

        @Test
        void anEmptyFolderReceivesThePackagedRules() throws Exception {
            for (String expected : RuleSetStructure.EXPECTED_FILES) {
                assertTrue(Files.exists(folder.resolve(expected)), expected);
            }
            assertEquals(RuleSet.DIRECTORY, keeper.activeVersion().orElseThrow().origin());
            assertEquals("French", teamForAFrenchCustomer());
        }

        @Test
        void aChangedFileDecidesWithinTwoSecondsWithoutARestart() throws Exception {
            writeAtomically(ROUTING, routingFile().replace("assignToTeam(\"French\")", "assignToTeam(\"Francophones\")"));

            assertTrue(within(RELOAD_BOUND, () -> "Francophones".equals(teamForAFrenchCustomer())),
                    "the change was not live within " + RELOAD_BOUND);
        }

        @Test
        void rulesWhoseFirstBuildAnotherObserverBeganStillFollowTheFolderOnceBuilt(@TempDir Path bootFolder)
                throws Exception {
            RuleSetKeeper bootKeeper = new RuleSetKeeper(new RuleSetCompiler(CLASS_LOADER, Clock.systemUTC()),
                    CLASS_LOADER, Optional.of(new RuleDirectory(bootFolder)), Duration.ofMillis(100));
            try {
                Thread boot = new Thread(bootKeeper::buildFirst, "another start-up observer");
                boot.start();
                bootKeeper.start(scheduler);
                bootKeeper.current();
                boot.join();
                assertEquals(RuleSet.DIRECTORY, bootKeeper.activeVersion().orElseThrow().origin());
                assertTrue(bootKeeper.status().problems().isEmpty(), bootKeeper.status().problems()::toString);

                Path routing = bootFolder.resolve(ROUTING);
                Files.writeString(routing, Files.readString(routing)
                        .replace("assignToTeam(\"French\")", "assignToTeam(\"Francophones\")"));

                assertTrue(within(RELOAD_BOUND, () -> "Francophones".equals(
                        decider.decide(bootKeeper.current(), frenchCustomer()).action().team())));
            } finally {
                bootKeeper.close();
            }
        }

        @Test
        void aFileEditedInPlaceIsPickedUpToo() throws Exception {
            Files.writeString(folder.resolve(ROUTING),
                    routingFile().replace("assignToTeam(\"French\")", "assignToTeam(\"Francophones\")"));

            assertTrue(within(RELOAD_BOUND, () -> "Francophones".equals(teamForAFrenchCustomer())));
        }

        @Test
        void aBrokenFileIsRejectedWithItsPlaceAndThePreviousRulesKeepServing() throws Exception {
            String before = keeper.activeVersion().orElseThrow().version();
            writeAtomically(ROUTING, routingFile().replace("language == \"fr\" )",
                    "language == \"fr\" "));

            assertTrue(within(RELOAD_BOUND, () -> !keeper.status().problems().isEmpty()),
                    "the broken file was not noticed within " + RELOAD_BOUND);
            String problem = keeper.status().problems().get(0);
            assertTrue(problem.matches("assignment/10-routing\\.drl:\\d+:\\d+: .+"), problem);
            assertTrue(keeper.status().healthy(), "the previous rules still serve");
            assertEquals(before, keeper.activeVersion().orElseThrow().version());
            assertEquals("French", teamForAFrenchCustomer());
        }

        @Test
        void fixingTheBrokenFileClearsTheProblemAndActivatesTheFix() throws Exception {
            String original = routingFile();
            writeAtomically(ROUTING, original.replace("language == \"fr\" )", "language == "));
            assertTrue(within(RELOAD_BOUND, () -> !keeper.status().problems().isEmpty()));

            writeAtomically(ROUTING, original.replace("assignToTeam(\"French\")", "assignToTeam(\"Francophones\")"));
            assertTrue(within(RELOAD_BOUND, () -> "Francophones".equals(teamForAFrenchCustomer())));
            assertTrue(keeper.status().problems().isEmpty(), keeper.status().problems().toString());
        }

        @Test
        void aRuleWithoutAnIdIsRejectedLikeACompileError() throws Exception {
            writeAtomically(ROUTING, routingFile().replace("ROUTE-030 French", "French"));

            assertTrue(within(RELOAD_BOUND, () -> !keeper.status().problems().isEmpty()));
            assertTrue(keeper.status().problems().get(0).contains("must start with an id"));
            assertEquals("French", teamForAFrenchCustomer());
        }
    }

    @Nested
    class Activation {

        private List<RuleFile> withTeam(String team) {
            List<RuleFile> files = new ArrayList<>();
            for (RuleFile file : keeper.activeFiles()) {
                files.add(file.path().equals(ROUTING)
                        ? new RuleFile(ROUTING, file.content().replace("assignToTeam(\"French\")", "assignToTeam(\"" + team + "\")"))
                        : file);
            }
            return files;
        }

        @Test
        void anActivatedSetDecidesTheNextDecisionAndIsWrittenToTheFolder() throws Exception {
            RuleSetValidation validation = keeper.activate(withTeam("Francophones"));

            assertTrue(validation.valid(), validation.problems().toString());
            assertEquals("Francophones", teamForAFrenchCustomer());
            assertTrue(routingFile().contains("Francophones"));
            assertEquals(validation.version(), keeper.activeVersion().orElseThrow().version());
            assertEquals(RuleSet.ACTIVATION, keeper.activeVersion().orElseThrow().origin());
        }

        @Test
        void activatingTheSameFilesAgainGivesTheSameVersion() {
            String first = keeper.activate(withTeam("Francophones")).version();
            keeper.activate(withTeam("French"));
            assertEquals(first, keeper.activate(withTeam("Francophones")).version(), "a rollback is an activation");
        }

        @Test
        void anInvalidSetIsNotActivated() {
            String before = keeper.activeVersion().orElseThrow().version();
            List<RuleFile> broken = withTeam("Francophones\")");

            RuleSetValidation validation = keeper.activate(broken);

            assertFalse(validation.valid());
            assertEquals(before, keeper.activeVersion().orElseThrow().version());
            assertEquals("French", teamForAFrenchCustomer());
        }

        @Test
        void validatingADraftChangesNothing() {
            String before = keeper.activeVersion().orElseThrow().version();

            RuleSetValidation validation = keeper.validate(withTeam("Francophones"));

            assertTrue(validation.valid());
            assertEquals(25, validation.ruleCount());
            assertEquals(before, keeper.activeVersion().orElseThrow().version());
            assertEquals("French", teamForAFrenchCustomer());
        }

        @Test
        void decisionsRunningWhileSetsAreSwappedAlwaysSeeOneWholeSet() throws Exception {
            AtomicBoolean swapping = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Thread> deciders = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Thread thread = new Thread(() -> {
                    while (swapping.get()) {
                        try {
                            seen.add(teamForAFrenchCustomer());
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                });
                thread.start();
                deciders.add(thread);
            }
            List<RuleFile> french = withTeam("French");
            List<RuleFile> francophones = withTeam("Francophones");
            for (int swap = 0; swap < 4; swap++) {
                assertTrue(keeper.activate(swap % 2 == 0 ? francophones : french).valid());
            }
            swapping.set(false);
            for (Thread thread : deciders) {
                thread.join();
            }

            assertTrue(failures.isEmpty(), failures.toString());
            assertTrue(Set.of("French", "Francophones").containsAll(Set.copyOf(seen)), Set.copyOf(seen).toString());
            assertTrue(seen.contains("Francophones"));
        }
    }
}
