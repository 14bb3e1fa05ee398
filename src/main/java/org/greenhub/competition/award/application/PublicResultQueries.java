package org.greenhub.competition.award.application;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.competition.domain.Competition;

/** The read side of the public record: what anyone may read, one statement per question. */
public interface PublicResultQueries {

    /** Editions published or later, texts fetched, newest opening first. */
    List<Competition> visibleCompetitions();

    /** Among the editions, those whose result is public. */
    Set<Long> withPublicResults(Collection<Long> competitionIds);

    /** One page of a result's awards ({@link PublicResults#pageSql}). */
    List<PublicResults.AwardRow> awards(long resultId, PublicResults.Filter filter, int first, int size);

    long countAwards(long resultId, PublicResults.Filter filter);

    /** Tracks that have awards, in order. */
    List<String> tracks(long resultId);

    /** Changes to a public result's awards, newest first. */
    List<PublicResults.ChangeRow> changes(long resultId);

    /** Changes to every public result's awards, newest first, at most {@code max}. */
    /** The newest changes made at or before {@code until} (a change dated later is not public news yet). */
    List<PublicResults.ChangeRow> recentChanges(int max, java.time.Instant until);

    /** Public results, most recently published first, at most {@code max}. */
    List<AwardResult> recentResults(int max);

    PublicResults.AwardRow award(long awardId);
}
