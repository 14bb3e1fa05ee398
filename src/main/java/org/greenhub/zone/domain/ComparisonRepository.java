package org.greenhub.zone.domain;

import java.util.List;
import java.util.Optional;

/** The national comparison's weights per indicator and the recorded major pollution accidents. */
public interface ComparisonRepository {

    /** Every indicator's weight, in the indicators' order. */
    List<ComparisonWeight> weights();

    Optional<ComparisonWeight> weight(long indicatorId);

    /** The accidents of a year, every zone's, by day. */
    List<PollutionAccident> accidents(int year);

    /** Stores a new accident and gives it its id. */
    void add(PollutionAccident accident);

    /** Writes a change at once, so a concurrent change surfaces in the use case. */
    void flush();
}
