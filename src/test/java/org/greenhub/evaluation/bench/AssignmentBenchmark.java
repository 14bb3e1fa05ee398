package org.greenhub.evaluation.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.greenhub.evaluation.domain.assignment.AssignmentPlan;
import org.greenhub.evaluation.domain.assignment.AssignmentPlanner;

/**
 * The engine's assignment planner alone on issue 17's workload: 1,000 entries in 7 tracks, 100 judges, 5 judges per
 * entry, each judge conflicted with 10 entries (1,000 conflicts, as the conflict detector hands them over: the judge
 * missing from the entry's eligible set). In memory; the same plan stored through the round's service is timed in the
 * dev server by {@code POST /api/dev/load-seed/assignment} (docs/performance.md). A benchmark, not a test.
 */
public final class AssignmentBenchmark {

    private static final int ENTRIES = 1_000;
    private static final int JUDGES = 100;
    private static final int PER_ENTRY = 5;
    private static final int CONFLICTS_PER_JUDGE = 10;
    private static final int RUNS = 7;

    private AssignmentBenchmark() {}

    public static void main(String[] args) {
        List<AssignmentPlanner.Subject> subjects = IntStream.range(0, ENTRIES)
                .mapToObj(i -> {
                    Set<Long> eligible = new HashSet<>(
                            LongStream.rangeClosed(1, JUDGES).boxed().toList());
                    for (int j = 0; j < JUDGES; j++) {
                        if (conflicted(j, i)) {
                            eligible.remove((long) j + 1);
                        }
                    }
                    return new AssignmentPlanner.Subject(
                            i + 1, "E-" + i, "track-" + (i % 7), i % 3 == 0 ? "GROWTH" : "START_UP", eligible);
                })
                .toList();
        AssignmentPlanner planner = new AssignmentPlanner();
        AssignmentPlanner.Request request = new AssignmentPlanner.Request(subjects, PER_ENTRY, null, 42L, List.of());
        // Warm-up: the JIT compiles the planner's loops before the timed runs.
        for (int i = 0; i < 3; i++) {
            planner.plan(request);
        }
        double[] times = new double[RUNS];
        AssignmentPlan plan = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            plan = planner.plan(request);
            times[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        int min =
                plan.loads().values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int max =
                plan.loads().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long conflictedPlanned = plan.planned().stream()
                .filter(p -> conflicted((int) p.judgeId() - 1, (int) p.subjectId() - 1))
                .count();
        System.out.printf(
                "Assignment planner, %,d entries x %d judges, %d per entry, %,d conflicts: best %.0f ms, median %.0f ms"
                        + " (%,d assignments, loads %d to %d, %d on a conflict)%n",
                ENTRIES,
                JUDGES,
                PER_ENTRY,
                JUDGES * CONFLICTS_PER_JUDGE,
                times[0],
                times[RUNS / 2],
                plan.planned().size(),
                min,
                max,
                conflictedPlanned);
    }

    /** Judge j (0-based) is conflicted with entries j*7 + m*97 (mod 1,000), m = 0..9: ten each, spread out. */
    private static boolean conflicted(int judge, int entry) {
        for (int m = 0; m < CONFLICTS_PER_JUDGE; m++) {
            if ((judge * 7 + m * 97) % ENTRIES == entry) {
                return true;
            }
        }
        return false;
    }
}
