package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.stream.Stream;
import org.greenhub.evaluation.application.RoundScoreRows;
import org.greenhub.evaluation.application.SubmittedScoreRows;

@ApplicationScoped
public class JpaSubmittedScoreRows implements SubmittedScoreRows {

    private static final int FETCH_SIZE = 5000;

    @PersistenceContext
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Stream<Object[]> stream(long roundId) {
        // A fetch size makes the PostgreSQL driver stream inside the transaction instead of buffering every row.
        return em.createNativeQuery(RoundScoreRows.SQL)
                .setParameter(1, roundId)
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
    }
}
