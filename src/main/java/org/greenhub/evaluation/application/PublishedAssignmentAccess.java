package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.evaluation.domain.conflict.Conflicts;

import java.util.List;
import java.util.Set;

/**
 * A judge may score what they are assigned to, once the round's assignments are published, and never an entry they
 * are conflicted with (declared after the assignment included): for them it does not exist.
 */
@ApplicationScoped
public class PublishedAssignmentAccess implements JudgeAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConflictDetector conflicts;

    @Override
    public boolean mayScore(long roundId, long subjectId, long judgeId) {
        List<Long> organisation = em.createQuery("select a.subject.organisation.id from Assignment a where a.round.id = :round "
                        + "and a.subject.id = :subject and a.judge.id = :judge and a.round.assignmentsPublished = true", Long.class)
                .setParameter("round", roundId).setParameter("subject", subjectId).setParameter("judge", judgeId)
                .getResultList();
        if (organisation.isEmpty()) {
            return false;
        }
        Conflicts found = conflicts.among(roundId, Set.of(judgeId), List.of(new Conflicts.Subject(subjectId, organisation.get(0))));
        return !found.conflicted(judgeId, subjectId);
    }
}
