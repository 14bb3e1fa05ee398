package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greenhub.evaluation.domain.conflict.ConflictRepository;
import org.greenhub.evaluation.domain.conflict.ConflictSource;
import org.greenhub.evaluation.domain.conflict.Conflicts;

/**
 * Which of a judge's assigned entries are conflicted, for a list of them at once (the queue page and the API's
 * assignments): detected across every round in three statements, the waivers, which belong to one round each, in one
 * more. The rule of {@link Conflicts#conflicted}: a declared conflict always counts, a detected one unless waived in
 * that round.
 */
@ApplicationScoped
public class JudgeConflictMarks {

    @Inject
    ConflictDetector detector;

    @Inject
    ConflictRepository conflictStore;

    /** The marks of one judge over these entries, in these rounds. */
    public Marks of(long judgeId, Collection<Conflicts.Subject> subjects, Set<Long> rounds) {
        Conflicts conflicts = detector.among(null, List.of(judgeId), subjects);
        Set<List<Long>> waived = new HashSet<>();
        conflictStore.waiversOf(judgeId, rounds).forEach(w -> waived.add(List.of(w[0], w[1])));
        return new Marks(judgeId, conflicts, waived);
    }

    public record Marks(long judgeId, Conflicts conflicts, Set<List<Long>> waived) {

        public boolean conflicted(long roundId, long subjectId) {
            Set<ConflictSource> sources = conflicts.sources(judgeId, subjectId);
            if (sources.isEmpty()) {
                return false;
            }
            return sources.contains(ConflictSource.DECLARED) || !waived.contains(List.of(roundId, subjectId));
        }
    }
}
