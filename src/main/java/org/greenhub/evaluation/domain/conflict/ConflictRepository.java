package org.greenhub.evaluation.domain.conflict;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Declared conflicts, judges' profile ties and managers' waivers, and the facts the conflict rules read in bulk. */
public interface ConflictRepository {

    /** The subjects of a round, each with the organisation that submitted it. */
    List<Conflicts.Subject> subjectsOf(long roundId);

    void addDeclaration(ConflictDeclaration declaration);

    /** A judge's declarations, newest first, subjects and organisations fetched. */
    List<ConflictDeclaration> declarationsOf(long judgeId);

    void addTie(JudgeTie tie);

    Optional<JudgeTie> findTie(long tieId);

    /** A judge's ties, current first, organisations fetched. */
    List<JudgeTie> tiesOf(long judgeId);

    void addWaiver(ConflictWaiver waiver);

    /** Writes pending changes now (a simultaneous second waiver surfaces in the use case). */
    void flush();

    List<Conflicts.Declaration> declarations(Set<Long> judges, Set<Long> subjects, Set<Long> organisations);

    /** Profile ties in force on or after the cutoff. */
    List<Conflicts.Relation> ties(Set<Long> judges, Set<Long> organisations, LocalDate cutoff);

    /** Affiliations (organisation's periods of office) in force on or after the cutoff. */
    List<Conflicts.Relation> affiliations(Set<Long> judges, Set<Long> organisations, LocalDate cutoff);

    List<Conflicts.Pair> waivers(long roundId, Set<Long> judges);

    /**
     * One judge's facts, whatever the subjects: each statement's only parameters are the judge (and the cutoff), so
     * Hibernate reuses its translated plan, where a list of subject or organisation ids of varying length is translated
     * again on every call (issue 17: a third of the score form's conflict look-ups). A person's declarations, ties and
     * affiliations are a handful of rows, so reading those not among the subjects costs nothing measurable.
     */
    List<Conflicts.Declaration> declarationsOfJudge(long judgeId);

    /** One judge's profile ties in force on or after the cutoff. */
    List<Conflicts.Relation> tiesOfJudge(long judgeId, LocalDate cutoff);

    /** One judge's affiliations in force on or after the cutoff. */
    List<Conflicts.Relation> affiliationsOfJudge(long judgeId, LocalDate cutoff);

    /** One judge's waivers in the round. */
    List<Conflicts.Pair> waiversOfJudge(long roundId, long judgeId);

    /**
     * The round's own facts, each one statement whose only parameter is the round (judges: the round's panel judges;
     * subjects: its entries and their organisations), so the statement does not grow with the round.
     */
    List<Conflicts.Declaration> declarationsInRound(long roundId);

    /** Profile ties of the round's panel judges with its entries' organisations, in force on or after the cutoff. */
    List<Conflicts.Relation> tiesInRound(long roundId, LocalDate cutoff);

    /** Affiliations of the round's panel judges with its entries' organisations, in force on or after the cutoff. */
    List<Conflicts.Relation> affiliationsInRound(long roundId, LocalDate cutoff);

    /** The round's waivers for its panel judges. */
    List<Conflicts.Pair> waiversInRound(long roundId);

    /** (round id, subject id) of the judge's waivers in the rounds. */
    List<long[]> waiversOf(long judgeId, Set<Long> roundIds);
}
