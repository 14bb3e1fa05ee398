package org.greenhub.competition.award.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Award results with their awards, objections and the public record of changes. */
public interface AwardRepository {

    Optional<AwardResult> findResult(long resultId);

    /** The result, read-locked: an objection is filed only against a result that cannot change status meanwhile. */
    Optional<AwardResult> findResultLocked(long resultId);

    /** An edition's result, whatever its status. */
    Optional<AwardResult> resultOf(long competitionId);

    /** The edition's result id when the result is public (published or final). */
    Optional<Long> publicResultId(long competitionId);

    /** Stores the result and writes it now, so that its awards can name it. */
    void addResultNow(AwardResult result);

    /** Removes a proposal with its awards. */
    void removeResult(AwardResult result);

    /**
     * Claims up to 20 published results whose notice period ended by {@code now} and that have no open objection,
     * skipping rows another node holds (SKIP LOCKED), so two nodes never finalise the same result.
     */
    List<Long> claimDue(Instant now);

    Optional<Award> find(long awardId);

    void add(Award award);

    List<Award> of(long resultId);

    /** The award's id and result id for a verification code. */
    Optional<long[]> byVerificationCode(String code);

    /** Objections filed or under investigation against the result's awards. */
    long openObjections(long resultId);

    Optional<AwardObjection> findObjection(long objectionId);

    /** Stores the objection and writes it now, so that its id is known for the audit trail. */
    void addObjectionNow(AwardObjection objection);

    void addChange(AwardChange change);

    /** Writes pending changes now (before a result is finalised in the same transaction). */
    void flush();
}
