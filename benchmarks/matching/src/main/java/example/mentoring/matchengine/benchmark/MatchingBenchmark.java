package example.mentoring.matchengine.benchmark;

import example.mentoring.matchengine.CertifiedFlowSolver;
import example.mentoring.matchengine.MatchingEngine;
import example.mentoring.matchengine.MatchingProblem;
import example.mentoring.matchengine.MatchingResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares the engine with OR-Tools solving the full dense min-cost flow, and with a greedy baseline.
 * Timings are end-to-end {@link MatchingEngine#run} (validation, scoring, solving, reasons).
 *
 * <p>Arguments: {@code --sizes 500x200,2000x800,10000x4000} (mentees x mentors), {@code --seed 42},
 * {@code --dense-max-mentees N} (skip the OR-Tools reference above N mentees), {@code --runs 7}.
 * Exits with status 1 if the engine's (matched, total score) ever differs from the reference's.
 */
public final class MatchingBenchmark {
    private record Measure(long millis, long peakHeapMb, MatchingResult result) {
    }

    public static void main(String[] args) {
        List<int[]> sizes = List.of(new int[] {500, 200}, new int[] {2000, 800}, new int[] {10000, 4000});
        long seed = 42;
        int denseMaxMentees = Integer.MAX_VALUE;
        int runs = 7;
        for (int k = 0; k < args.length; k += 2) {
            String value = args[k + 1];
            switch (args[k]) {
                case "--sizes" -> sizes = Arrays.stream(value.split(","))
                        .map(s -> Arrays.stream(s.split("x")).mapToInt(Integer::parseInt).toArray()).toList();
                case "--seed" -> seed = Long.parseLong(value);
                case "--dense-max-mentees" -> denseMaxMentees = Integer.parseInt(value);
                case "--runs" -> runs = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[k]);
            }
        }
        System.out.printf("JVM %s, %d cores, max heap %d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%-12s | %-44s | %-36s | %-22s | %s%n", "mentees x", "engine (median ms / first ms, matched,",
                "OR-Tools dense SimpleMinCostFlow", "greedy baseline", "check");
        System.out.printf("%-12s | %-44s | %-36s | %-22s |%n", "mentors", "score, peak heap MB, rounds/arcs)",
                "(ms, matched, score, peak heap MB)", "(matched, score)");
        List<String> failures = new ArrayList<>();
        for (int[] size : sizes) {
            MatchingProblem problem = new ApplicationGenerator(seed).problem(size[0], size[1]);
            CertifiedFlowSolver solver = new CertifiedFlowSolver();
            MatchingEngine engine = new MatchingEngine(solver);
            boolean small = size[0] <= 2000;
            int warmups = small ? 5 : 0;
            int measured = small ? runs : 3;
            for (int w = 0; w < warmups; w++) {
                engine.run(problem);
            }
            List<Measure> ours = new ArrayList<>();
            for (int r = 0; r < measured; r++) {
                ours.add(measure(engine, problem));
            }
            long[] times = ours.stream().mapToLong(Measure::millis).sorted().toArray();
            Measure first = ours.get(0);
            long peak = ours.stream().mapToLong(Measure::peakHeapMb).max().orElse(0);
            CertifiedFlowSolver.Report report = solver.lastReport();
            String oursText = String.format("%d / %d ms, %d, %d, %d MB, %d/%d", times[times.length / 2], first.millis,
                    first.result.stats().matched(), first.result.stats().totalScore(), peak, report.rounds(),
                    report.arcs());

            Measure greedy = measure(new MatchingEngine(new GreedyBaseline()), problem);
            String greedyText = String.format("%d, %d", greedy.result.stats().matched(),
                    greedy.result.stats().totalScore());

            String denseText = "skipped";
            String check = "not checked";
            if (size[0] <= denseMaxMentees) {
                Measure dense = measure(new MatchingEngine(new DenseMinCostFlowReference()), problem);
                denseText = String.format("%d ms, %d, %d, %d MB", dense.millis, dense.result.stats().matched(),
                        dense.result.stats().totalScore(), dense.peakHeapMb);
                boolean same = dense.result.stats().matched() == first.result.stats().matched()
                        && dense.result.stats().totalScore() == first.result.stats().totalScore();
                check = same ? "OK (same matched & score)" : "MISMATCH";
                if (!same) {
                    failures.add(size[0] + "x" + size[1] + ": engine " + first.result.stats() + " vs reference "
                            + dense.result.stats());
                }
            }
            System.out.printf("%-12s | %-44s | %-36s | %-22s | %s%n", size[0] + " x " + size[1], oursText, denseText,
                    greedyText, check);
        }
        if (!failures.isEmpty()) {
            System.err.println();
            System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
            System.err.println("!!! ENGINE IS NOT OPTIMAL: (matched, total score) differs from OR-Tools     !!!");
            failures.forEach(f -> System.err.println("!!! " + f));
            System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
            System.exit(1);
        }
    }

    /** One end-to-end run, with the peak heap reached during it (sum of per-pool peaks, an upper bound). */
    private static Measure measure(MatchingEngine engine, MatchingProblem problem) {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        MatchingResult result = engine.run(problem);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measure(millis, peak >> 20, result);
    }
}
