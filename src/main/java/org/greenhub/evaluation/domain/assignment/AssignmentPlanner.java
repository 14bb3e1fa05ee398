package org.greenhub.evaluation.domain.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
        Set<Long> subjectIds = new HashSet<>();
        request.subjects().forEach(subject -> subjectIds.add(subject.id()));
        // kept assignments of subjects outside the request neither count nor bring their judge into the plan
        List<Pair> kept = request.kept().stream()
                .filter(pair -> subjectIds.contains(pair.subjectId()))
                .toList();
        State state = new State(request, kept);
        kept.forEach(state::count);
        List<Subject> uncovered = new ArrayList<>();
        for (int subject : state.inSpreadOrder()) {
            while (state.on[subject].cardinality() < request.judgesPerSubject()) {
                int judge = state.bestJudgeFor(subject, -1);
                if (judge < 0) {
                    judge = state.freeACappedJudgeFor(subject);
                }
                if (judge < 0) {
                    uncovered.add(state.subjects[subject]);
                    break;
                }
                state.assign(subject, judge, true);
            }
        }
        refuseIfUncovered(uncovered);
        state.balance();
        return new AssignmentPlan(state.plannedPairs(), state.loadsById());
    }

    /**
     * Takes a withdrawn judge's assignments away and gives each of those subjects another eligible judge, chosen by
     * the same rules (least loaded, track spread, seeded tie-break). Other assignments stay exactly as they are.
     *
     * @param current every assignment of the round now
     */
    public Replacement replaceWithdrawn(Request request, Collection<Pair> current, long withdrawnJudge) {
        List<Pair> removed = new ArrayList<>();
        List<Pair> staying = new ArrayList<>();
        for (Pair pair : current) {
            (pair.judgeId() == withdrawnJudge ? removed : staying).add(pair);
        }
        State state = new State(request, staying);
        staying.forEach(state::count);
        removed.sort(Comparator.comparingLong(Pair::subjectId));
        Set<Long> orphaned = new HashSet<>();
        removed.forEach(p -> orphaned.add(p.subjectId()));
        int withdrawn = state.judgeIndex.getOrDefault(withdrawnJudge, -1);
        List<Subject> uncovered = new ArrayList<>();
        List<Pair> added = new ArrayList<>();
        for (int subject : state.inSpreadOrder()) {
            long subjectId = state.subjects[subject].id();
            if (!orphaned.contains(subjectId)) {
                continue;
            }
            int judge = state.bestJudgeFor(subject, withdrawn);
            if (judge < 0) {
                uncovered.add(state.subjects[subject]);
            } else {
                state.assign(subject, judge, true);
                added.add(new Pair(subjectId, state.judgeIds[judge]));
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

    /**
     * The working state of one planning run, on indexes rather than boxed ids: judges are numbered in ascending id
     * order and subjects in ascending id order, so walking an index in order is walking ids in order, and every
     * preference below compares exactly what the rules name (load, spread load, seeded hash, id). Maps of boxed ids and
     * a track key rebuilt on every comparison made the planner most of a second at issue 17's size.
     */
    private static final class State {
        final Request request;
        /** Subjects by ascending id (the last one of a repeated id wins, as a map by id would keep it). */
        final Subject[] subjects;

        final Map<Long, Integer> subjectIndex = new HashMap<>();
        final int[] spreadOf;
        /** Eligible judges of each subject, as judge indexes (ascending), and the same as a set. */
        final int[][] eligibleOf;

        final BitSet[] eligibleSet;
        /** Judges on each subject (kept and planned), and the planned (movable) ones. */
        final BitSet[] on;

        final BitSet[] movableOn;
        /** Each judge's planned (movable) subjects, as subject indexes. */
        final BitSet[] movableOf;

        final long[] judgeIds;
        final Map<Long, Integer> judgeIndex = new HashMap<>();
        final int[] loads;
        /** Per judge, per track-and-group: how many of the judge's subjects are in it. */
        final int[][] spreadLoads;

        State(Request request, Collection<Pair> alreadyAssigned) {
            this.request = request;
            Map<Long, Subject> byId = new TreeMap<>();
            for (Subject subject : request.subjects()) {
                byId.put(subject.id(), subject);
            }
            subjects = byId.values().toArray(new Subject[0]);
            TreeSet<Long> judges = new TreeSet<>();
            for (Subject subject : subjects) {
                judges.addAll(subject.eligibleJudges());
            }
            for (Pair pair : alreadyAssigned) {
                judges.add(pair.judgeId());
            }
            judgeIds = judges.stream().mapToLong(Long::longValue).toArray();
            for (int j = 0; j < judgeIds.length; j++) {
                judgeIndex.put(judgeIds[j], j);
            }
            Map<String, Integer> spreads = new HashMap<>();
            spreadOf = new int[subjects.length];
            eligibleOf = new int[subjects.length][];
            eligibleSet = new BitSet[subjects.length];
            on = new BitSet[subjects.length];
            movableOn = new BitSet[subjects.length];
            for (int s = 0; s < subjects.length; s++) {
                subjectIndex.put(subjects[s].id(), s);
                spreadOf[s] = spreads.computeIfAbsent(subjects[s].spreadKey(), k -> spreads.size());
                eligibleOf[s] = subjects[s].eligibleJudges().stream()
                        .mapToInt(judgeIndex::get)
                        .sorted()
                        .toArray();
                eligibleSet[s] = new BitSet(judgeIds.length);
                for (int j : eligibleOf[s]) {
                    eligibleSet[s].set(j);
                }
                on[s] = new BitSet(judgeIds.length);
                movableOn[s] = new BitSet(judgeIds.length);
            }
            loads = new int[judgeIds.length];
            spreadLoads = new int[judgeIds.length][Math.max(1, spreads.size())];
            movableOf = new BitSet[judgeIds.length];
            for (int j = 0; j < judgeIds.length; j++) {
                movableOf[j] = new BitSet(subjects.length);
            }
        }

        /** The subject's index, or -1 for a subject not in the request. */
        int subject(long subjectId) {
            Integer index = subjectIndex.get(subjectId);
            return index == null ? -1 : index;
        }

        /** Track by track (in a stable order), and inside a track the most constrained subjects first. */
        List<Integer> inSpreadOrder() {
            Map<String, List<Integer>> bySpread = new TreeMap<>();
            for (int s = 0; s < subjects.length; s++) {
                bySpread.computeIfAbsent(subjects[s].spreadKey(), k -> new ArrayList<>())
                        .add(s);
            }
            List<Integer> ordered = new ArrayList<>(subjects.length);
            for (List<Integer> group : bySpread.values()) {
                group.sort(Comparator.<Integer>comparingInt(s -> eligibleOf[s].length)
                        .thenComparingLong(s -> mix(request.seed(), subjects[s].id(), 0))
                        .thenComparingLong(s -> subjects[s].id()));
                ordered.addAll(group);
            }
            return ordered;
        }

        boolean underCap(int judge) {
            return request.maxLoad() == null || loads[judge] < request.maxLoad();
        }

        boolean canTake(int judge, int subject) {
            return eligibleSet[subject].get(judge) && !on[subject].get(judge);
        }

        /** Least loaded, then fewest of this track, then the seeded hash, then the lowest id: -1 when a goes first. */
        int compareFor(int subject, int a, int b) {
            int byLoad = Integer.compare(loads[a], loads[b]);
            if (byLoad != 0) {
                return byLoad;
            }
            int spread = spreadOf[subject];
            int bySpread = Integer.compare(spreadLoads[a][spread], spreadLoads[b][spread]);
            if (bySpread != 0) {
                return bySpread;
            }
            long id = subjects[subject].id();
            int byHash = Long.compare(mix(request.seed(), id, judgeIds[a]), mix(request.seed(), id, judgeIds[b]));
            return byHash != 0 ? byHash : Long.compare(judgeIds[a], judgeIds[b]);
        }

        /** The preferred judge with room who may take the subject, other than {@code excluded}; -1 when none. */
        int bestJudgeFor(int subject, int excluded) {
            int best = -1;
            for (int judge : eligibleOf[subject]) {
                if (judge != excluded
                        && !on[subject].get(judge)
                        && underCap(judge)
                        && (best < 0 || compareFor(subject, judge, best) < 0)) {
                    best = judge;
                }
            }
            return best;
        }

        /**
         * Every eligible judge is at the maximum: move one of a capped judge's planned subjects to a judge with room,
         * so the capped judge can take this one.
         */
        int freeACappedJudgeFor(int subject) {
            List<Integer> capped = new ArrayList<>();
            for (int judge : eligibleOf[subject]) {
                if (canTake(judge, subject)) {
                    capped.add(judge);
                }
            }
            capped.sort((a, b) -> compareFor(subject, a, b));
            for (int judge : capped) {
                BitSet held = (BitSet) movableOf[judge].clone();
                for (int h = held.nextSetBit(0); h >= 0; h = held.nextSetBit(h + 1)) {
                    int other = bestJudgeFor(h, judge);
                    if (other >= 0) {
                        unassign(h, judge);
                        assign(h, other, true);
                        return judge;
                    }
                }
            }
            return -1;
        }

        /** Counts an assignment given from outside (kept, or already in the round), subject known or not. */
        void count(Pair pair) {
            int judge = judgeIndex.get(pair.judgeId());
            int subject = subject(pair.subjectId());
            loads[judge]++;
            if (subject >= 0) {
                on[subject].set(judge);
                spreadLoads[judge][spreadOf[subject]]++;
            }
        }

        void assign(int subject, int judge, boolean movable) {
            on[subject].set(judge);
            loads[judge]++;
            spreadLoads[judge][spreadOf[subject]]++;
            if (movable) {
                movableOn[subject].set(judge);
                movableOf[judge].set(subject);
            }
        }

        void unassign(int subject, int judge) {
            on[subject].clear(judge);
            loads[judge]--;
            spreadLoads[judge][spreadOf[subject]]--;
            movableOn[subject].clear(judge);
            movableOf[judge].clear(subject);
        }

        /**
         * Moves one planned assignment at a time from a judge to one carrying at least two fewer, as long as such a
         * move exists. Each move lowers the sum of squared loads, so this ends.
         */
        void balance() {
            Integer[] heaviestFirst = new Integer[judgeIds.length];
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int j = 0; j < heaviestFirst.length; j++) {
                    heaviestFirst[j] = j;
                }
                Arrays.sort(heaviestFirst, (a, b) -> {
                    int byLoad = Integer.compare(loads[b], loads[a]);
                    return byLoad != 0 ? byLoad : Long.compare(judgeIds[a], judgeIds[b]);
                });
                search:
                for (int heavy : heaviestFirst) {
                    for (int i = heaviestFirst.length - 1; i >= 0; i--) {
                        int light = heaviestFirst[i];
                        if (loads[heavy] - loads[light] < 2) {
                            break;
                        }
                        int subject = bestSubjectToMove(heavy, light);
                        if (subject >= 0) {
                            unassign(subject, heavy);
                            assign(subject, light, true);
                            moved = true;
                            break search;
                        }
                    }
                }
            }
        }

        /** Of the heavy judge's planned subjects the light one may take, the one that best keeps tracks spread. */
        private int bestSubjectToMove(int heavy, int light) {
            if (!underCap(light)) {
                return -1;
            }
            int best = -1;
            int bestSpread = 0;
            long bestHash = 0;
            BitSet held = movableOf[heavy];
            for (int s = held.nextSetBit(0); s >= 0; s = held.nextSetBit(s + 1)) {
                if (!canTake(light, s)) {
                    continue;
                }
                int spread = spreadLoads[light][spreadOf[s]] - spreadLoads[heavy][spreadOf[s]];
                long hash = mix(request.seed(), subjects[s].id(), judgeIds[light]);
                // subjects come in ascending id order, so on a full tie the first (lowest id) stays
                if (best < 0 || spread < bestSpread || (spread == bestSpread && hash < bestHash)) {
                    best = s;
                    bestSpread = spread;
                    bestHash = hash;
                }
            }
            return best;
        }

        List<Pair> plannedPairs() {
            List<Pair> pairs = new ArrayList<>();
            for (int s = 0; s < subjects.length; s++) {
                BitSet judges = movableOn[s];
                for (int j = judges.nextSetBit(0); j >= 0; j = judges.nextSetBit(j + 1)) {
                    pairs.add(new Pair(subjects[s].id(), judgeIds[j]));
                }
            }
            return pairs;
        }

        Map<Long, Integer> loadsById() {
            Map<Long, Integer> byId = new HashMap<>();
            for (int j = 0; j < judgeIds.length; j++) {
                byId.put(judgeIds[j], loads[j]);
            }
            return byId;
        }
    }
}
