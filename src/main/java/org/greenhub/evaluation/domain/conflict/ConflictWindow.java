package org.greenhub.evaluation.domain.conflict;

import java.time.LocalDate;

/**
 * The recusal window programmes use: a relation that is current or ended within the last three years counts.
 * A relation that ended exactly three years ago today still counts; one day earlier it no longer does.
 * Same rule as {@link org.greenhub.organisation.domain.Affiliation#overlapsLastYears}.
 */
public final class ConflictWindow {

    public static final int YEARS = 3;

    private ConflictWindow() {}

    /** The earliest end date that still counts on the given day. */
    public static LocalDate cutoff(LocalDate today) {
        return today.minusYears(YEARS);
    }

    public static boolean counts(LocalDate endedOn, LocalDate today) {
        return endedOn == null || !endedOn.isBefore(cutoff(today));
    }
}
