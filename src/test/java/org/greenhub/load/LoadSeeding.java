package org.greenhub.load;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The order of the seeding steps, each a transaction of {@link LoadWorkload} (a bean of its own, so that its
 * {@code @Transactional} methods are called through their interceptor).
 */
@ApplicationScoped
public class LoadSeeding {

    private static final Logger LOG = Logger.getLogger(LoadSeeding.class.getName());

    @Inject
    LoadWorkload workload;

    @Inject
    org.greenhub.evaluation.application.AssignmentService assignments;

    /** Automatic assignment timed in the server: preview (load, conflicts, plan) and apply (the same, and saving). */
    public record AssignmentTiming(
            long roundId, int assignments, long previewMillis, long applyMillis, long secondApplyMillis) {}

    public record Seeded(
            long competitionId,
            long roundId,
            List<Long> subjectIds,
            List<Long> judgeIds,
            int submittedSheets,
            long millis) {}

    /**
     * Accounts under {@code prefix}, {@code entries} entries with {@code perEntry} judges each out of {@code judges}
     * ({@code perEntry} must divide {@code judges}), and {@code submitted} submitted sheets: slot 0 of every entry
     * first, then slot 1, so they spread evenly over judges and entries.
     */
    public Seeded seed(String prefix, int entries, int judges, int perEntry, int submitted) {
        long started = System.nanoTime();
        LoadWorkload.Stage stage = workload.setUp(prefix, judges);
        List<Long> subjects = new ArrayList<>();
        for (int from = 0; from < entries; from += LoadWorkload.CHUNK) {
            subjects.addAll(workload.entries(stage, from, Math.min(entries, from + LoadWorkload.CHUNK), perEntry));
            LOG.info("Load seed: " + subjects.size() + " of " + entries + " entries");
        }
        workload.publish(stage);
        int done = 0;
        for (int k = 0; k < perEntry && done < submitted; k++) {
            for (int i = 0; i < entries && done < submitted; i++) {
                int judge = LoadWorkload.judgeOf(i, k, judges, perEntry);
                workload.submitSheet(stage, stage.judgeIds().get(judge), subjects.get(i), 31L * i + k);
                done++;
                if (done % 500 == 0) {
                    LOG.info("Load seed: " + done + " of " + submitted + " sheets submitted");
                }
            }
        }
        return new Seeded(
                stage.competitionId(),
                stage.roundId(),
                subjects,
                stage.judgeIds(),
                done,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A new round on the seeded round's entries and judges, with conflicts, assigned automatically through the
     * round's own service as a manager does it ({@code apply} twice: the second replaces the first's AUTO rows).
     */
    public AssignmentTiming timeAssignment(long seededRoundId, int conflictsPerJudge) {
        long roundId = workload.assignmentRound(seededRoundId, conflictsPerJudge);
        long start = System.nanoTime();
        assignments.preview(roundId, 42L);
        long preview = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        int planned = assignments.apply(roundId, 42L).planned().size();
        long apply = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        assignments.apply(roundId, 43L);
        long second = (System.nanoTime() - start) / 1_000_000;
        return new AssignmentTiming(roundId, planned, preview, apply, second);
    }
}
