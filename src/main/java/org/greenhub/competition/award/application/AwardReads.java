package org.greenhub.competition.award.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.greenhub.competition.award.domain.AwardResultStatus;
import org.greenhub.competition.domain.Competition;

/** The read side of the managers' award pages: projections and counts, paged in the database. */
public interface AwardReads {

    /** Every edition (administrators) or those the user manages, texts fetched, newest first. */
    List<Competition> competitionsFor(boolean admin, long userId);

    /** The award result's status per edition that has one. */
    Map<Long, AwardResultStatus> resultStates(Collection<Long> competitionIds);

    /** A page of the result's awards, by group, tier, rank. */
    List<AwardQueries.AwardLine> awards(long resultId, int first, int size);

    long countAwards(long resultId);

    /** The result's objections with the awardee's name and tier: (objection, name, tier), oldest first. */
    List<Object[]> objections(long resultId);
}
