package org.greenhub.evaluation.domain.assignment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.greenhub.platform.error.DomainException;

/**
 * Decides which judges score which subjects, without touching the database:
 * <ul>
 *   <li>every subject gets N distinct judges, each eligible for it (on a panel covering it and not conflicted);</li>
 *   <li>judge loads differ by at most one wherever eligibility allows it, and never exceed the per-judge maximum;</li>
 *   <li>subjects are handed out track by track, least-loaded judge first, so one judge does not collect a whole
 *       track while others get none;</li>
 *   <li>ties are broken by a hash of (seed, subject, judge): the same input and seed give the same plan, another
 *       seed gives another plan, and the order of the input lists does not matter.</li>
 * </ul>
 * A greedy pass with one level of re-routing when a maximum blocks a subject, then a repair pass that moves single
 * assignments from heavier to lighter judges until no move narrows the gap. Kept assignments (manual ones) are
 * counted but never moved.
 */
public final class AssignmentPlanner {

    /** A subject to cover, with the judges allowed to score it. */
    public record Subject(long id, String label, String track, String group, Set<Long> eligibleJudges) {
        public Subject {
            Objects.requireNonNull(label);
            eligibleJudges = Set.copyOf(eligibleJudges);
        }

        String spreadKey() {
            return (track == null ? "" : track) + "\u0000" + (group == null ? "" : group);
        }
    }

    public record Pair(long subjectId, long judgeId) {}

    /**
     * @param kept assignments that stay as they are (manual ones) and count toward N and the loads
     */
    public record Request(
            Collection<Subject> subjects, int judgesPerSubject, Integer maxLoad, long seed, Collection<Pair> kept) {
        public Request {
            if (judgesPerSubject < 1) {
                throw new IllegalArgumentException("judgesPerSubject must be at least 1");
            }
            if (maxLoad != null && maxLoad < 1) {
                throw new IllegalArgumentException("maxLoad must be at least 1");
            }
            subjects = List.copyOf(subjects);
            kept = kept == null ? List.of() : List.copyOf(kept);
        }
    }

    /** The result of replacing a withdrawn judge: what goes, what comes; nothing else changes. */
    public record Replacement(List<Pair> removed, List<Pair> added) {}

    public AssignmentPlan plan(Request request) {
        State state = new State(request);
        for (Pair pair : request.kept()) {
            if (state.subjects.containsKey(pair.subjectId())) {
                state.assign(pair.subjectId(), pair.judgeId(), false);
            }
        }
        List<Subject> uncovered = new ArrayList<>();
        for (Subject subject : state.inSpreadOrder()) {
            while (state.judgesOn(subject.id()).size() < request.judgesPerSubject()) {
                Long judge = state.bestJudgeFor(subject, Set.of());
                if (judge == null) {
                    judge = state.freeACappedJudgeFor(subject);
                }
                if (judge == null) {
                    uncovered.add(subject);
                    break;
                }
                state.assign(subject.id(), judge, true);
            }
        }
        refuseIfUncovered(uncovered);
        state.balance();
        return new AssignmentPlan(state.plannedPairs(), state.loads);
    }

    /**
     * Takes a withdrawn judge's assignments away and gives each of those subjects another eligible judge, chosen by
     * the same rules (least loaded, track spread, seeded tie-break). Other assignments stay exactly as they are.
     *
     * @param current every assignment of the round now
     */
    public Replacement replaceWithdrawn(Request request, Collection<Pair> current, long withdrawnJudge) {
        State state = new State(request);
        List<Pair> removed = new ArrayList<>();
        for (Pair pair : current) {
            if (pair.judgeId() == withdrawnJudge) {
                removed.add(pair);
            } else {
                state.assign(pair.subjectId(), pair.judgeId(), false);
            }
        }
        removed.sort(Comparator.comparingLong(Pair::subjectId));
        Set<Long> orphaned = new HashSet<>();
        removed.forEach(p -> orphaned.add(p.subjectId()));
        List<Subject> uncovered = new ArrayList<>();
        List<Pair> added = new ArrayList<>();
        for (Subject subject : state.inSpreadOrder()) {
            if (!orphaned.contains(subject.id())) {
                continue;
            }
            Long judge = state.bestJudgeFor(subject, Set.of(withdrawnJudge));
            if (judge == null) {
                uncovered.add(subject);
            } else {
                state.assign(subject.id(), judge, true);
                added.add(new Pair(subject.id(), judge));
            }
        }
        refuseIfUncovered(uncovered);
        added.sort(Comparator.comparingLong(Pair::subjectId));
        return new Replacement(List.copyOf(removed), List.copyOf(added));
    }

    private static void refuseIfUncovered(List<Subject> uncovered) {
        if (!uncovered.isEmpty()) {
            String labels = String.join(
                    ", ", uncovered.stream().map(Subject::label).sorted().toList());
            throw DomainException.invalid(null, "evaluation.assignment.cannotCover", labels, uncovered.size());
        }
    }

    /** SplitMix64 finaliser: a well-spread, platform-independent hash for tie-breaking. */
    static long mix(long seed, long subjectId, long judgeId) {
        long z = seed * 0x9E3779B97F4A7C15L + subjectId * 0xBF58476D1CE4E5B9L + judgeId * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The working state of one planning run. */
    private static final class State {
        final Request request;
        final Map<Long, Subject> subjects = new TreeMap<>();
        final Map<Long, Set<Long>> judgesBySubject = new HashMap<>();
        final Map<Long, Set<Long>> movableBySubject = new HashMap<>();
        final Map<Long, Integer> loads = new HashMap<>();
        final Map<Long, Map<String, Integer>> spreadLoads = new HashMap<>();
        final Map<Long, TreeSet<Long>> movableByJudge = new HashMap<>();

        State(Request request) {
            this.request = request;
            for (Subject subject : request.subjects()) {
                subjects.put(subject.id(), subject);
                for (Long judge : subject.eligibleJudges()) {
                    loads.putIfAbsent(judge, 0);
                }
            }
        }

        /** Track by track (in a stable order), and inside a track the most constrained subjects first. */
        List<Subject> inSpreadOrder() {
            Map<String, List<Subject>> bySpread = new TreeMap<>();
            for (Subject subject : subjects.values()) {
                bySpread.computeIfAbsent(subject.spreadKey(), k -> new ArrayList<>())
                        .add(subject);
            }
            List<Subject> ordered = new ArrayList<>();
            for (List<Subject> group : bySpread.values()) {
                group.sort(
                        Comparator.<Subject>comparingInt(s -> s.eligibleJudges().size())
                                .thenComparingLong(s -> mix(request.seed(), s.id(), 0))
                                .thenComparingLong(Subject::id));
                ordered.addAll(group);
            }
            return ordered;
        }

        Set<Long> judgesOn(long subjectId) {
            return judgesBySubject.getOrDefault(subjectId, Set.of());
        }

        int load(long judge) {
            return loads.getOrDefault(judge, 0);
        }

        int spreadLoad(long judge, Subject subject) {
            return spreadLoads.getOrDefault(judge, Map.of()).getOrDefault(subject.spreadKey(), 0);
        }

        boolean underCap(long judge) {
            return request.maxLoad() == null || load(judge) < request.maxLoad();
        }

        boolean canTake(long judge, Subject subject) {
            return subject.eligibleJudges().contains(judge)
                    && !judgesOn(subject.id()).contains(judge);
        }

        Comparator<Long> preferenceFor(Subject subject) {
            return Comparator.<Long>comparingInt(this::load)
                    .thenComparingInt(j -> spreadLoad(j, subject))
                    .thenComparingLong(j -> mix(request.seed(), subject.id(), j))
                    .thenComparingLong(j -> j);
        }

        Long bestJudgeFor(Subject subject, Set<Long> excluded) {
            return subject.eligibleJudges().stream()
                    .filter(j -> !excluded.contains(j) && canTake(j, subject) && underCap(j))
                    .min(preferenceFor(subject))
                    .orElse(null);
        }

        /**
         * Every eligible judge is at the maximum: move one of a capped judge's planned subjects to a judge with room,
         * so the capped judge can take this one.
         */
        Long freeACappedJudgeFor(Subject subject) {
            List<Long> capped = subject.eligibleJudges().stream()
                    .filter(j -> canTake(j, subject))
                    .sorted(preferenceFor(subject))
                    .toList();
            for (Long judge : capped) {
                for (Long heldId : List.copyOf(movableByJudge.getOrDefault(judge, new TreeSet<>()))) {
                    Subject held = subjects.get(heldId);
                    Long other = bestJudgeFor(held, Set.of(judge));
                    if (other != null) {
                        unassign(heldId, judge);
                        assign(heldId, other, true);
                        return judge;
                    }
                }
            }
            return null;
        }

        void assign(long subjectId, long judge, boolean movable) {
            judgesBySubject.computeIfAbsent(subjectId, k -> new HashSet<>()).add(judge);
            loads.merge(judge, 1, Integer::sum);
            Subject subject = subjects.get(subjectId);
            if (subject != null) {
                spreadLoads.computeIfAbsent(judge, k -> new HashMap<>()).merge(subject.spreadKey(), 1, Integer::sum);
            }
            if (movable) {
                movableBySubject
                        .computeIfAbsent(subjectId, k -> new HashSet<>())
                        .add(judge);
                movableByJudge.computeIfAbsent(judge, k -> new TreeSet<>()).add(subjectId);
            }
        }

        void unassign(long subjectId, long judge) {
            judgesBySubject.get(subjectId).remove(judge);
            loads.merge(judge, -1, Integer::sum);
            spreadLoads.get(judge).merge(subjects.get(subjectId).spreadKey(), -1, Integer::sum);
            movableBySubject.get(subjectId).remove(judge);
            movableByJudge.get(judge).remove(subjectId);
        }

        /**
         * Moves one planned assignment at a time from a judge to one carrying at least two fewer, as long as such a
         * move exists. Each move lowers the sum of squared loads, so this ends.
         */
        void balance() {
            boolean moved = true;
            while (moved) {
                moved = false;
                List<Long> heaviestFirst = loads.keySet().stream()
                        .sorted(Comparator.<Long>comparingInt(this::load)
                                .reversed()
                                .thenComparingLong(j -> j))
                        .toList();
                search:
                for (Long heavy : heaviestFirst) {
                    for (int i = heaviestFirst.size() - 1; i >= 0; i--) {
                        Long light = heaviestFirst.get(i);
                        if (load(heavy) - load(light) < 2) {
                            break;
                        }
                        Long subjectId = bestSubjectToMove(heavy, light);
                        if (subjectId != null) {
                            unassign(subjectId, heavy);
                            assign(subjectId, light, true);
                            moved = true;
                            break search;
                        }
                    }
                }
            }
        }

        /** Of the heavy judge's planned subjects the light one may take, the one that best keeps tracks spread. */
        private Long bestSubjectToMove(long heavy, long light) {
            if (!underCap(light)) {
                return null;
            }
            return movableByJudge.getOrDefault(heavy, new TreeSet<>()).stream()
                    .map(subjects::get)
                    .filter(s -> canTake(light, s))
                    .min(Comparator.<Subject>comparingInt(s -> spreadLoad(light, s) - spreadLoad(heavy, s))
                            .thenComparingLong(s -> mix(request.seed(), s.id(), light))
                            .thenComparingLong(Subject::id))
                    .map(Subject::id)
                    .orElse(null);
        }

        List<Pair> plannedPairs() {
            List<Pair> pairs = new ArrayList<>();
            Map<Long, Set<Long>> sorted = new LinkedHashMap<>();
            movableBySubject.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            sorted.forEach((subject, judges) -> judges.stream().sorted().forEach(j -> pairs.add(new Pair(subject, j))));
            return pairs;
        }
    }
}
