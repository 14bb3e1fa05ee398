package org.greenhub.competition.award.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.greenhub.competition.award.domain.AwardStatus;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionStatus;

/** The read side of the API's competition catalogue: the public list filtered and paged in the database, awards per tier. */
public interface CatalogueQueries {

    /**
     * What the public list keeps: editions in one of {@code statuses} (never drafts or cancelled ones), optionally of
     * one status, opening in one year of their own time zone, and with every word in a name (any language), the series
     * name or the edition.
     */
    record ListFilter(
            Collection<CompetitionStatus> statuses, CompetitionStatus status, Integer year, List<String> words) {}

    /** A tier of an edition's awards: group, the tier's track (null: the whole group) and level. */
    record TierKey(CompetitionGroup group, String track, AwardTierCode tier) {}

    /** One page of the listed editions' ids, newest opening first. */
    List<Long> listedIds(ListFilter filter, int first, int size);

    long countListed(ListFilter filter);

    /** The editions with their texts, in no particular order. */
    List<Competition> withTexts(Collection<Long> ids);

    /** How many awards of the result are in each tier, counting only those in the given statuses. */
    Map<TierKey, Long> awardsPerTier(long resultId, Collection<AwardStatus> statuses);
}
