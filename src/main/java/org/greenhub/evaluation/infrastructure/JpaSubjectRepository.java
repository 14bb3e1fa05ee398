package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.SubjectDocument;
import org.greenhub.evaluation.domain.SubjectRepository;

@ApplicationScoped
public class JpaSubjectRepository implements SubjectRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<EvaluationSubject> find(long id) {
        return Optional.ofNullable(em.find(EvaluationSubject.class, id));
    }

    @Override
    public EvaluationSubject reference(long id) {
        return em.getReference(EvaluationSubject.class, id);
    }

    @Override
    public void add(EvaluationSubject subject) {
        em.persist(subject);
    }

    @Override
    public void addDocumentNow(SubjectDocument document) {
        em.persist(document);
        em.flush();
    }

    @Override
    public boolean referenceTaken(String programmeKey, String reference) {
        return em.createQuery(
                                "select count(s) from EvaluationSubject s where s.programmeKey = :programme and s.reference = :reference",
                                Long.class)
                        .setParameter("programme", programmeKey)
                        .setParameter("reference", reference)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<EvaluationSubject> findAll(Collection<Long> ids) {
        return em.createQuery("select s from EvaluationSubject s where s.id in :ids", EvaluationSubject.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Optional<String> programmeKeyOf(long subjectId) {
        return em.createQuery("select s.programmeKey from EvaluationSubject s where s.id = :id", String.class)
                .setParameter("id", subjectId)
                .getResultStream()
                .findFirst();
    }
}
