package org.greenhub.evaluation.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.greenhub.evaluation.domain.EvaluationRound;

/** The manager's list of rounds, paged in the database. */
public interface RoundListQueries {

    /** A page of the rounds the filter keeps, newest first. */
    List<EvaluationRound> page(ManagerAccess.KeyFilter filter, int first, int size);

    long count(ManagerAccess.KeyFilter filter);

    /** Entries per round, for the rounds given (rounds without entries are absent). */
    Map<Long, Long> entryCounts(Collection<Long> roundIds);
}
