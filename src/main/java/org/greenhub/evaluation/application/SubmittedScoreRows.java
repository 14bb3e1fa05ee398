package org.greenhub.evaluation.application;

import java.util.stream.Stream;

/** A round's submitted scores as the one projection ({@link RoundScoreRows#SQL}), streamed; the caller closes the stream. */
public interface SubmittedScoreRows {

    Stream<Object[]> stream(long roundId);
}
