package org.greenhub.evaluation.application;

import java.util.Collection;
import java.util.Map;

/**
 * How far the judging of some rounds has got, for a programme that lists its rounds (the competitions API): counted
 * in the database, one statement per figure whatever the number of rounds. The programme checks who may read them.
 */
public interface RoundFigures {

    /** A round's entries, judges' assignments and submitted score sheets. */
    record Figures(long entries, long assignments, long submittedSheets) {
        public static final Figures NONE = new Figures(0, 0, 0);
    }

    /** The figures of each of the rounds given (a round with nothing yet has {@link Figures#NONE}). */
    Map<Long, Figures> of(Collection<Long> roundIds);
}
