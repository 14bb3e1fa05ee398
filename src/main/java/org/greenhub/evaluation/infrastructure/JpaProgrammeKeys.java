package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.greenhub.evaluation.application.ProgrammeKeys;

@ApplicationScoped
public class JpaProgrammeKeys implements ProgrammeKeys {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<String> ofRound(long roundId) {
        return key("select r.programmeKey from EvaluationRound r where r.id = :id", roundId);
    }

    @Override
    public Optional<String> ofPanel(long panelId) {
        return key("select p.round.programmeKey from Panel p where p.id = :id", panelId);
    }

    @Override
    public Optional<String> ofSheet(long sheetId) {
        return key("select s.round.programmeKey from ScoreSheet s where s.id = :id", sheetId);
    }

    @Override
    public Optional<String> ofSubject(long subjectId) {
        return key("select s.programmeKey from EvaluationSubject s where s.id = :id", subjectId);
    }

    private Optional<String> key(String query, long id) {
        return em.createQuery(query, String.class).setParameter("id", id).getResultList().stream()
                .findFirst();
    }
}
