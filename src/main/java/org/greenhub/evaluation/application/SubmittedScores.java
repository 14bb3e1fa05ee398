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

    @jakarta.inject.Inject
    ConflictDetector conflicts;

    @Transactional
    public RoundScoreRows of(long roundId) {
        RoundScoreRows rows = new RoundScoreRows();
        // A judge who became conflicted after scoring (declared later, or found later) no longer counts for that entry.
        java.util.List<Long> judgeIds = em.createQuery("select distinct a.judge.id from Assignment a where a.round.id = :round", Long.class)
                .setParameter("round", roundId).getResultList();
        org.greenhub.evaluation.domain.conflict.Conflicts conflicted = conflicts.forRound(roundId, judgeIds);
        // A fetch size makes the PostgreSQL driver stream inside the transaction instead of buffering every row.
        @SuppressWarnings("unchecked")
        Stream<Object[]> stream = em.createNativeQuery(RoundScoreRows.SQL)
                .setParameter(1, roundId)
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
        try (stream) {
            stream.filter(row -> !conflicted.conflicted(((Number) row[7]).longValue(), ((Number) row[0]).longValue()))
                    .forEach(row -> rows.add(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                            (String) row[4], (String) row[5], ((BigDecimal) row[6]).doubleValue()));
        }
        return rows;
    }
}
