package org.greenhub.zone.domain;

import java.util.List;
import java.util.Optional;

/** The factor tables, one per year. */
public interface FactorTableRepository {

    /** The years that have a table, latest first. */
    List<Integer> years();

    Optional<FactorTable> find(int year);

    /** Stores a new table and gives it its id; a table for the same year added at the same time is a conflict. */
    void add(FactorTable table);

    /** Writes a change at once, so a concurrent change surfaces in the use case (as "changed elsewhere"). */
    void flush();
}
