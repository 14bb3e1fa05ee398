package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The latest computed results of the most recently read rounds, on this node only. Bounded twice: one snapshot per
 * round (a newer version replaces the older) and {@link #ROUNDS} rounds, the least recently read leaving first. A
 * snapshot is served only for the exact version asked for, a fingerprint of the inputs read in the asking request, so
 * each node of a cluster keeps its own cache and none can serve results older than the scores.
 */
@ApplicationScoped
public class RoundResultsCache {

    /** A round of 1,000 entries takes a few megabytes of results and rows; managers read a few rounds at a time. */
    static final int ROUNDS = 16;

    private final Map<Long, ResultsSnapshot> byRound = new LinkedHashMap<>(ROUNDS, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ResultsSnapshot> eldest) {
            return size() > ROUNDS;
        }
    };

    /**
     * The round's snapshot of this version, computed if this node has no such one. Computed outside the lock: two
     * managers asking at once for a new version may both compute it, and one result is kept; nobody waits for
     * another round's computation.
     */
    ResultsSnapshot get(long roundId, String version, Supplier<ResultsSnapshot> compute) {
        synchronized (byRound) {
            ResultsSnapshot cached = byRound.get(roundId);
            if (cached != null && cached.version().equals(version)) {
                return cached;
            }
        }
        ResultsSnapshot computed = compute.get();
        synchronized (byRound) {
            byRound.put(roundId, computed);
        }
        return computed;
    }
}
