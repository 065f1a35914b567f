package io.livedesk.bench.assignment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * The same three measurements as {@link AssignmentBenchmark}, counted per second of the measuring thread's own CPU
 * time instead of per second of wall-clock time. On a machine that other jobs keep busy, JMH's wall-clock figures
 * swing with their load; CPU time leaves out the time the thread was waiting for a core, which makes runs
 * comparable. Run: {@code java -cp benchmarks.jar io.livedesk.bench.assignment.CpuTimeThroughput}
 */
public final class CpuTimeThroughput {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long WARM_UP_NANOS = 8_000_000_000L;
    private static final int ROUNDS = 5;
    private static final long ROUND_CPU_NANOS = 2_000_000_000L;

    private CpuTimeThroughput() {
    }

    public static void main(String[] args) {
        AssignmentBenchmark benchmark = new AssignmentBenchmark();
        benchmark.compileTheGeneratedRules();
        measure("droolsFullDecision", benchmark::droolsFullDecision);
        measure("plainJavaFullDecision", benchmark::plainJavaFullDecision);
        measure("droolsWithLanguageDetection", benchmark::droolsWithLanguageDetection);
    }

    private static void measure(String name, Supplier<Object> decision) {
        long sink = 0;
        long warmUpEnd = THREADS.getCurrentThreadCpuTime() + WARM_UP_NANOS;
        while (THREADS.getCurrentThreadCpuTime() < warmUpEnd) {
            for (int i = 0; i < 1_000; i++) {
                sink += decision.get().hashCode();
            }
        }
        StringBuilder rounds = new StringBuilder();
        double best = 0;
        double total = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            long operations = 0;
            while (THREADS.getCurrentThreadCpuTime() - start < ROUND_CPU_NANOS) {
                for (int i = 0; i < 1_000; i++) {
                    sink += decision.get().hashCode();
                }
                operations += 1_000;
            }
            double perCpuSecond = operations * 1e9 / (THREADS.getCurrentThreadCpuTime() - start);
            best = Math.max(best, perCpuSecond);
            total += perCpuSecond;
            rounds.append(String.format(" %,.0f", perCpuSecond));
        }
        System.out.printf("%-30s mean %,10.0f  best %,10.0f decisions per CPU-second  (rounds:%s) [%d]%n",
                name, total / ROUNDS, best, rounds, sink & 1);
    }
}
