package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.stream.Stream;

/** Reads a round's submitted scores with the one projection query, streamed; no permission check (callers do it). */
@ApplicationScoped
public class SubmittedScores {

    private static final int FETCH_SIZE = 5000;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public RoundScoreRows of(long roundId) {
        RoundScoreRows rows = new RoundScoreRows();
        // A fetch size makes the PostgreSQL driver stream inside the transaction instead of buffering every row.
        @SuppressWarnings("unchecked")
        Stream<Object[]> stream = em.createNativeQuery(RoundScoreRows.SQL)
                .setParameter(1, roundId)
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
        try (stream) {
            stream.forEach(row -> rows.add(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], ((BigDecimal) row[6]).doubleValue()));
        }
        return rows;
    }
}
