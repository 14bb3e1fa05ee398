package org.greenhub.reserve.domain;

import java.io.Serializable;
import java.time.LocalDate;
import org.greenhub.platform.domain.Period;
import org.greenhub.platform.error.DomainException;

/**
 * How long a listing holds and how long a financed project reports its results: listed for {@code validityYears}
 * (two by default) from the day of the decision, lapsing at the end unless renewed after a review; a financed project
 * reports its realised benefits for each year of the validity and three more, so a funder sees whether the promised
 * figures lasted past the financing.
 */
public record ListingTerm(int validityYears) implements Serializable {

    public static final int DEFAULT_VALIDITY_YEARS = 2;

    /** The years of results after the validity ends (the national plan's "whole chain" follows the money). */
    public static final int RESULT_YEARS_AFTER_VALIDITY = 3;

    public static final ListingTerm DEFAULT = new ListingTerm(DEFAULT_VALIDITY_YEARS);

    public ListingTerm {
        if (validityYears < 1 || validityYears > 10) {
            throw DomainException.invalid("validityYears", "reserve.call.validityRange", 1, 10);
        }
    }

    /**
     * The listing's days: from the decision to the day before its anniversary {@code validityYears} later. Counted
     * from the day before, so a listing decided on 29 February still lasts full years (to 28 February), where
     * {@code plusYears} would clamp the anniversary to the 28th and lose a day.
     */
    public Period validityFrom(LocalDate decidedOn) {
        return Period.of(decidedOn, decidedOn.minusDays(1).plusYears(validityYears));
    }

    /** The first and last calendar years a project listed on that day reports results for. */
    public int firstResultYear(LocalDate decidedOn) {
        return decidedOn.getYear();
    }

    public int lastResultYear(LocalDate decidedOn) {
        return validityFrom(decidedOn).until().getYear() + RESULT_YEARS_AFTER_VALIDITY;
    }
}
