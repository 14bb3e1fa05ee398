package org.greenhub.incubation.residency.application;

import java.time.LocalDate;
import java.util.List;

/** The rows of an incubator's yearly statistics. */
public interface StatisticsQuery {

    /**
     * One row per incubatee resident between {@code from} and {@code to}: name, registration code, start date, status,
     * graduated on, exited on, then the sums of its periodic reports starting in the period (revenue, R&amp;D spend, R&amp;D
     * staff at most, employees at most, investment raised, patents filed, patents granted, energy use, emissions
     * avoided) and the number of reports; by name.
     */
    List<Object[]> incubatees(long incubatorId, LocalDate from, LocalDate to);

    /** Graduates in the period, graduates up to its end, residencies started in the period. */
    Object[] graduates(long incubatorId, LocalDate from, LocalDate to);
}
