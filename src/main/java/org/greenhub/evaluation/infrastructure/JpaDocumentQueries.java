package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.evaluation.application.DocumentQueries;

/** Reads a document's content only when it is sent, never with its description. */
@ApplicationScoped
public class JpaDocumentQueries implements DocumentQueries {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Stored> describe(long documentId) {
        return em
                .createQuery(
                        "select d.subject.id, d.fileName, d.contentType, d.subject.reference "
                                + "from SubjectDocument d where d.id = :id",
                        Object[].class)
                .setParameter("id", documentId)
                .getResultList()
                .stream()
                .map(r -> new Stored((Long) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .findFirst();
    }

    @Override
    public byte[] content(long documentId) {
        return em.createQuery("select d.content from SubjectDocument d where d.id = :id", byte[].class)
                .setParameter("id", documentId)
                .getSingleResult();
    }

    @Override
    public List<Listed> of(long subjectId) {
        return em
                .createQuery(
                        "select d.id, d.label, d.fileName, d.contentType, d.sizeBytes "
                                + "from SubjectDocument d where d.subject.id = :subject order by d.id",
                        Object[].class)
                .setParameter("subject", subjectId)
                .getResultList()
                .stream()
                .map(r -> new Listed((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Long) r[4]))
                .toList();
    }

    @Override
    public List<JudgeRound> publishedRounds(long subjectId, long judgeId) {
        return em
                .createQuery(
                        "select a.round.id, a.round.blind from Assignment a where a.subject.id = :subject "
                                + "and a.judge.id = :judge and a.round.assignmentsPublished = true",
                        Object[].class)
                .setParameter("subject", subjectId)
                .setParameter("judge", judgeId)
                .getResultList()
                .stream()
                .map(r -> new JudgeRound((Long) r[0], (Boolean) r[1]))
                .toList();
    }
}
