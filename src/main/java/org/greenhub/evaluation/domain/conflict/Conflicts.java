package org.greenhub.evaluation.domain.conflict;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conflicted (judge, subject) pairs among given judges and subjects, worked out from plain facts (declarations,
 * profile ties, affiliations, waivers) so the rules are one piece of pure code that the queries only feed.
 */
public final class Conflicts {

    /** A subject as the rules see it: which organisation submitted it. */
    public record Subject(long id, long organisationId) {}

    /** A declaration on a subject (organisationId null) or on an organisation (subjectId null). */
    public record Declaration(long judgeId, Long subjectId, Long organisationId) {}

    /** A profile tie or an affiliation of a judge with an organisation, ended on {@code endedOn} (null: current). */
    public record Relation(long judgeId, long organisationId, LocalDate endedOn) {}

    public record Pair(long judgeId, long subjectId) {}

    private final Map<Pair, Set<ConflictSource>> detected;
    private final Set<Pair> waived;

    private Conflicts(Map<Pair, Set<ConflictSource>> detected, Set<Pair> waived) {
        this.detected = detected;
        this.waived = waived;
    }

    public static Conflicts none() {
        return new Conflicts(Map.of(), Set.of());
    }

    /**
     * @param waivers pairs a manager waived in the round concerned; they lift detected conflicts only, never a
     *                declared one
     */
    public static Conflicts detect(
            Collection<Subject> subjects,
            Collection<Declaration> declarations,
            Collection<Relation> ties,
            Collection<Relation> affiliations,
            Collection<Pair> waivers,
            LocalDate today) {
        Map<Long, List<Subject>> byOrganisation = new HashMap<>();
        Set<Long> subjectIds = new HashSet<>();
        for (Subject subject : subjects) {
            byOrganisation
                    .computeIfAbsent(subject.organisationId(), k -> new java.util.ArrayList<>())
                    .add(subject);
            subjectIds.add(subject.id());
        }
        Map<Pair, Set<ConflictSource>> found = new HashMap<>();
        for (Declaration declaration : declarations) {
            if (declaration.subjectId() != null && subjectIds.contains(declaration.subjectId())) {
                mark(found, new Pair(declaration.judgeId(), declaration.subjectId()), ConflictSource.DECLARED);
            }
            if (declaration.organisationId() != null) {
                for (Subject subject : byOrganisation.getOrDefault(declaration.organisationId(), List.of())) {
                    mark(found, new Pair(declaration.judgeId(), subject.id()), ConflictSource.DECLARED);
                }
            }
        }
        markRelations(found, byOrganisation, ties, ConflictSource.PROFILE_TIE, today);
        markRelations(found, byOrganisation, affiliations, ConflictSource.AFFILIATION, today);
        return new Conflicts(found, waivers == null ? Set.of() : Set.copyOf(waivers));
    }

    private static void markRelations(
            Map<Pair, Set<ConflictSource>> found,
            Map<Long, List<Subject>> byOrganisation,
            Collection<Relation> relations,
            ConflictSource source,
            LocalDate today) {
        for (Relation relation : relations) {
            if (!ConflictWindow.counts(relation.endedOn(), today)) {
                continue;
            }
            for (Subject subject : byOrganisation.getOrDefault(relation.organisationId(), List.of())) {
                mark(found, new Pair(relation.judgeId(), subject.id()), source);
            }
        }
    }

    private static void mark(Map<Pair, Set<ConflictSource>> found, Pair pair, ConflictSource source) {
        found.computeIfAbsent(pair, k -> EnumSet.noneOf(ConflictSource.class)).add(source);
    }

    /** Whether the judge must not judge (or see) the subject: detected or declared, and not lifted by a waiver. */
    public boolean conflicted(long judgeId, long subjectId) {
        Pair pair = new Pair(judgeId, subjectId);
        Set<ConflictSource> sources = detected.get(pair);
        if (sources == null) {
            return false;
        }
        return sources.contains(ConflictSource.DECLARED) || !waived.contains(pair);
    }

    /** Where the conflict comes from, waived or not (empty when there is none). */
    public Set<ConflictSource> sources(long judgeId, long subjectId) {
        Set<ConflictSource> sources = detected.get(new Pair(judgeId, subjectId));
        return sources == null ? Set.of() : Collections.unmodifiableSet(sources);
    }

    /** A manager may waive a conflict only when GreenHub detected it and the judge did not declare it. */
    public boolean waivable(long judgeId, long subjectId) {
        Set<ConflictSource> sources = sources(judgeId, subjectId);
        return !sources.isEmpty() && sources.stream().allMatch(ConflictSource::waivable);
    }

    public boolean waived(long judgeId, long subjectId) {
        return waived.contains(new Pair(judgeId, subjectId))
                && !detected.getOrDefault(new Pair(judgeId, subjectId), Set.of())
                        .isEmpty()
                && !conflicted(judgeId, subjectId);
    }

    /** Every pair in force (waived ones left out). */
    public Set<Pair> pairs() {
        Set<Pair> pairs = new HashSet<>();
        for (Pair pair : detected.keySet()) {
            if (conflicted(pair.judgeId(), pair.subjectId())) {
                pairs.add(pair);
            }
        }
        return pairs;
    }
}
