package org.greenhub.competition.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenhub.account.domain.UserAccount;

/** Competition editions with their texts, groups, tracks, rounds and managers. */
public interface CompetitionRepository {

    Optional<Competition> find(long id);

    void add(Competition competition);

    /** Writes pending changes now (a round just linked gets its id before it is audited). */
    void flush();

    boolean editionTaken(String seriesKey, String edition);

    boolean exists(long id);

    /** Whether the user is one of the edition's managers (one statement, the edition not loaded). */
    boolean managedBy(long id, long userId);

    /** Every edition's id. */
    List<Long> allIds();

    List<Long> idsManagedBy(long userId);

    /** The edition's IANA time zone, when the edition exists. */
    Optional<String> timeZoneOf(long id);

    List<Competition> findAll(Collection<Long> ids);

    /** The newest editions, at most {@code max}. */
    List<Competition> newest(int max);

    /** The newest editions the user manages, at most {@code max}. */
    List<Competition> newestManagedBy(long userId, int max);

    /**
     * Gives the edition its next version now, for a change the edition's own row does not show: its award tiers live
     * in a table of their own, and adding or removing one would otherwise leave the edition's version (its ETag, what
     * its pages compare) as it was.
     */
    void countAsChanged(Competition competition);

    /** How many award tiers the edition has. */
    long countAwardTiers(long id);

    /** A page of the edition's award tiers in rank order (as the edition page lists them). */
    List<AwardTier> awardTiers(long id, int offset, int max);

    /** How many managers the edition has. */
    long countManagers(long id);

    /** A page of the edition's managers by name. */
    List<UserAccount> managers(long id, int offset, int max);

    /** Editions in one of the statuses, latest submission deadline first, at most {@code max}. */
    List<Competition> withStatuses(Set<CompetitionStatus> statuses, int max);
}
