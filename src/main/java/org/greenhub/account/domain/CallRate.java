package org.greenhub.account.domain;

import java.time.Instant;

/**
 * How many calls one token made in the current minute: a fixed one-minute window, enough to stop a runaway script
 * without bookkeeping per call. Not an entity: each node counts its own calls (see docs/security.md).
 */
public final class CallRate {

    private long minute = Long.MIN_VALUE;
    private int calls;

    /**
     * Counts a call at {@code now} and answers 0 when it may go on, or the seconds until the next minute starts when
     * the token already made {@code perMinute} calls in this one.
     */
    public synchronized long call(Instant now, int perMinute) {
        long thisMinute = Math.floorDiv(now.getEpochSecond(), 60);
        if (thisMinute != minute) {
            minute = thisMinute;
            calls = 0;
        }
        if (calls >= perMinute) {
            return (thisMinute + 1) * 60 - now.getEpochSecond();
        }
        calls++;
        return 0;
    }

    /** Whether this window is over at {@code now}, so the count can be forgotten. */
    public synchronized boolean isOver(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), 60) > minute;
    }
}
