package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A judge may score what they are assigned to, once the round's assignments are published. */
@ApplicationScoped
public class PublishedAssignmentAccess implements JudgeAccess {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean mayScore(long roundId, long subjectId, long judgeId) {
        return em.createQuery("select count(a) from Assignment a where a.round.id = :round and a.subject.id = :subject "
                        + "and a.judge.id = :judge and a.round.assignmentsPublished = true", Long.class)
                .setParameter("round", roundId).setParameter("subject", subjectId).setParameter("judge", judgeId)
                .getSingleResult() > 0;
    }
}
