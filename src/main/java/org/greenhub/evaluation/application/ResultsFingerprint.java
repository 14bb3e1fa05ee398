package org.greenhub.evaluation.application;

import java.util.Map;

/**
 * A 128-bit fingerprint of what a round's results are computed from, so that results computed once can be shared
 * while, and only while, their inputs are the same: a changed score, sheet, conflict, rule, quota or title gives
 * another fingerprint. Rows are added in any order (the database returns them unordered): each row's two 64-bit
 * hashes are summed, so the sum does not depend on the order, and the count is kept beside them.
 */
final class ResultsFingerprint {

    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long FIRST_BASIS = 0xcbf29ce484222325L;
    private static final long SECOND_BASIS = 0x84222325cbf29ce4L;

    private long first;
    private long second;
    private long rows;

    /** Adds one unordered row of fields. */
    void addRow(Object... fields) {
        long a = FIRST_BASIS;
        long b = SECOND_BASIS;
        for (Object field : fields) {
            String text = String.valueOf(field);
            // the length first, so that ("ab", "c") and ("a", "bc") differ
            a = mixIn(a, text.length());
            b = mixIn(b, ~text.length());
            for (int i = 0; i < text.length(); i++) {
                a = mixIn(a, text.charAt(i));
                b = mixIn(b, text.charAt(i) + 0x9e37);
            }
        }
        first += finish(a);
        second += finish(b);
        rows++;
    }

    /** Adds every entry of a map, as unordered rows. */
    void addMap(String kind, Map<?, ?> map) {
        map.forEach((key, value) -> addRow(kind, key, value));
    }

    String value() {
        return Long.toHexString(first) + "-" + Long.toHexString(second) + "-" + rows;
    }

    private static long mixIn(long hash, int value) {
        return (hash ^ value) * FNV_PRIME;
    }

    /** MurmurHash3's finaliser: spreads FNV's weak high bits before the sums. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
