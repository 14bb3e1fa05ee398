package org.greenhub.reserve.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.IntStream;

/**
 * When a financed project reports its realised benefits: one report per calendar year from the year it was listed to
 * three years past its validity ({@link ListingTerm}); a year is reported once it is over, by 31 March of the next
 * year (when annual statements are ready), and the owner is reminded {@link #REMINDER_DAYS} days before that.
 */
public record ResultSchedule(int firstYear, int lastYear) implements Serializable {

    /** The last day to report a year, in the year after it. */
    public static final MonthDay DUE = MonthDay.of(3, 31);

    /** How long before a year's due day its reminder goes. */
    public static final int REMINDER_DAYS = 30;

    public static ResultSchedule of(ListingTerm term, LocalDate listedOn) {
        return new ResultSchedule(term.firstResultYear(listedOn), term.lastResultYear(listedOn));
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** A year may be reported once it is over. */
    public static boolean over(int year, LocalDate today) {
        return year < today.getYear();
    }

    public static LocalDate dueOn(int year) {
        return DUE.atYear(year + 1);
    }

    public static LocalDate remindOn(int year) {
        return dueOn(year).minusDays(REMINDER_DAYS);
    }

    /** A year of this schedule not reported by its due day. */
    public boolean overdue(int year, boolean reported, LocalDate today) {
        return covers(year) && !reported && today.isAfter(dueOn(year));
    }
}
