package io.livedesk.bench.assignment;

import io.livedesk.application.policy.AssignmentOutcome;
import io.livedesk.application.policy.AssignmentRequest;
import io.livedesk.rules.engine.CompiledRuleSet;
import io.livedesk.rules.engine.RuleSet;
import io.livedesk.rules.engine.RuleSetCompiler;
import io.livedesk.rules.language.LanguageDetection;
import io.livedesk.rules.policies.AssignmentDecider;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full assignment decisions per second on one thread, with 100 routing rules: by the rules (both runs: who
 * decides, then the human tier's exclusions), and hand-written in Java. Each call decides the next conversation of
 * the mix. Before measuring, both must agree on every conversation, so the ceiling really is the same decision.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class AssignmentBenchmark {

    private CompiledRuleSet rules;
    private AssignmentDecider drools;
    private PlainJavaAssignment plainJava;
    private AssignmentRequest[] mix;
    private AssignmentRequest[] unknownLocales;
    private int next;

    @Setup
    public void compileTheGeneratedRules() {
        List<RoutingRuleSpec> specs = GeneratedRules.specs();
        RuleSetCompiler.Outcome outcome = new RuleSetCompiler(getClass().getClassLoader(), Clock.systemUTC())
                .compile(RuleSet.of(GeneratedRules.ruleSet(specs), RuleSet.DRAFT));
        if (!outcome.succeeded()) {
            throw new IllegalStateException("The generated rules do not compile: " + outcome.problems());
        }
        rules = outcome.compiled();
        LanguageDetection languages = new LanguageDetection(List.of("en", "fr", "de", "es", "it", "pt", "nl"));
        drools = new AssignmentDecider(languages);
        plainJava = new PlainJavaAssignment(specs, languages);
        mix = BenchCases.mix(specs);
        unknownLocales = BenchCases.unknownLocales(specs);
        for (AssignmentRequest request : concat(mix, unknownLocales)) {
            AssignmentOutcome byRules = drools.decide(rules, request);
            AssignmentOutcome byHand = plainJava.decide(request);
            if (byRules.tier() != byHand.tier() || !byRules.ruleId().equals(byHand.ruleId())
                    || !Objects.equals(byRules.assignee(), byHand.assignee())) {
                throw new IllegalStateException("Rules and Java disagree on " + request.conversation().messageText()
                        + ": " + byRules + " / " + byHand);
            }
        }
    }

    @Benchmark
    public AssignmentOutcome droolsFullDecision() {
        return drools.decide(rules, mix[next++ & 7]);
    }

    @Benchmark
    public AssignmentOutcome plainJavaFullDecision() {
        return plainJava.decide(mix[next++ & 7]);
    }

    @Benchmark
    public AssignmentOutcome droolsWithLanguageDetection() {
        return drools.decide(rules, unknownLocales[next++ & 1]);
    }

    private static AssignmentRequest[] concat(AssignmentRequest[] first, AssignmentRequest[] second) {
        AssignmentRequest[] all = new AssignmentRequest[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
