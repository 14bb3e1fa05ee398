package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.greenhub.evaluation.domain.AssignmentRepository;
import org.greenhub.evaluation.domain.conflict.Conflicts;

/**
 * A judge may score what they are assigned to, once the round's assignments are published, and never an entry they
 * are conflicted with (declared after the assignment included): for them it does not exist.
 */
@ApplicationScoped
public class PublishedAssignmentAccess implements JudgeAccess {

    @Inject
    AssignmentRepository assignments;

    @Inject
    ConflictDetector conflicts;

    @Override
    public boolean mayScore(long roundId, long subjectId, long judgeId) {
        java.util.Optional<Long> organisation = assignments.publishedSubjectOrganisation(roundId, subjectId, judgeId);
        if (organisation.isEmpty()) {
            return false;
        }
        Conflicts found = conflicts.among(
                roundId, Set.of(judgeId), List.of(new Conflicts.Subject(subjectId, organisation.get())));
        return !found.conflicted(judgeId, subjectId);
    }
}
