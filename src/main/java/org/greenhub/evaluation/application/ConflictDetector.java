package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.evaluation.domain.conflict.ConflictRepository;
import org.greenhub.evaluation.domain.conflict.ConflictWindow;
import org.greenhub.evaluation.domain.conflict.Conflicts;

/**
 * Feeds the conflict rules ({@link Conflicts}) from the database in bulk: four queries for any number of judges and
 * subjects (declarations, profile ties, affiliations, waivers), never one query per pair.
 */
@ApplicationScoped
public class ConflictDetector {

    @Inject
    ConflictRepository store;

    @Inject
    Clock clock;

    /** The subjects of a round with the organisation that submitted each. */
    public List<Conflicts.Subject> subjectsOf(long roundId) {
        return store.subjectsOf(roundId);
    }

    /** Conflicts between the judges and every subject of the round, the round's waivers applied. */
    public Conflicts forRound(long roundId, Collection<Long> judgeIds) {
        return among(roundId, judgeIds, subjectsOf(roundId));
    }

    /**
     * Conflicts between the round's panel judges and its subjects ({@code subjects}: the round's entries, as the
     * caller already read them), the round's waivers applied. The four queries name only the round, where
     * {@link #among} sends every judge, subject and organisation id: the same facts, without thousands of parameters
     * at a round of 1,000 entries.
     */
    public Conflicts amongPanelsOf(long roundId, Collection<Conflicts.Subject> subjects) {
        if (subjects.isEmpty()) {
            return Conflicts.none();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate cutoff = ConflictWindow.cutoff(today);
        return Conflicts.detect(
                subjects,
                store.declarationsInRound(roundId),
                store.tiesInRound(roundId, cutoff),
                store.affiliationsInRound(roundId, cutoff),
                store.waiversInRound(roundId),
                today);
    }

    /**
     * Conflicts between the judges and the subjects.
     *
     * @param roundId whose waivers apply; null for none (lists outside a round)
     */
    public Conflicts among(Long roundId, Collection<Long> judgeIds, Collection<Conflicts.Subject> subjects) {
        if (judgeIds.isEmpty() || subjects.isEmpty()) {
            return Conflicts.none();
        }
        Set<Long> judges = Set.copyOf(judgeIds);
        if (judges.size() == 1) {
            return ofJudge(roundId, judges.iterator().next(), subjects);
        }
        Set<Long> subjectIds = subjects.stream().map(Conflicts.Subject::id).collect(Collectors.toSet());
        Set<Long> organisations =
                subjects.stream().map(Conflicts.Subject::organisationId).collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate cutoff = ConflictWindow.cutoff(today);

        List<Conflicts.Declaration> declarations = store.declarations(judges, subjectIds, organisations);
        List<Conflicts.Relation> ties = store.ties(judges, organisations, cutoff);
        List<Conflicts.Relation> affiliations = store.affiliations(judges, organisations, cutoff);
        List<Conflicts.Pair> waivers = roundId == null ? List.of() : store.waivers(roundId, judges);
        return Conflicts.detect(subjects, declarations, ties, affiliations, waivers, today);
    }

    /**
     * One judge's conflicts (the queue, the score form, the access check on every judge's request): the judge's own
     * facts, read by the judge alone, so the statements stay the same whatever the subjects ({@link
     * ConflictRepository#declarationsOfJudge}).
     */
    private Conflicts ofJudge(Long roundId, long judgeId, Collection<Conflicts.Subject> subjects) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate cutoff = ConflictWindow.cutoff(today);
        return Conflicts.detect(
                subjects,
                store.declarationsOfJudge(judgeId),
                store.tiesOfJudge(judgeId, cutoff),
                store.affiliationsOfJudge(judgeId, cutoff),
                roundId == null ? List.of() : store.waiversOfJudge(roundId, judgeId),
                today);
    }
}
