package org.greenhub.incubation.residency.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which reports a residency owes. Periodic reports follow calendar periods (a resident starting on 10 February and
 * reporting quarterly first reports 10 February to 31 March); each is due {@link #DUE_DAYS} days after its period.
 * Graduates report yearly for {@link #ALUMNI_YEARS} years, each year counted from the day after graduation.
 */
public final class ReportSchedule {

    public static final int DUE_DAYS = 15;
    public static final int ALUMNI_DUE_DAYS = 60;
    public static final int ALUMNI_YEARS = 5;
    /** Reminders go out this many days before a report is due. */
    public static final int REMINDER_DAYS = 7;

    private ReportSchedule() {}

    /** The periods from {@code start} to {@code lastDay} (both included). */
    public static List<ReportPeriod> periodic(LocalDate start, LocalDate lastDay, ReportFrequency frequency) {
        List<ReportPeriod> periods = new ArrayList<>();
        int months = frequency.months();
        LocalDate calendarStart =
                start.withDayOfMonth(1).withMonth(((start.getMonthValue() - 1) / months) * months + 1);
        while (!calendarStart.isAfter(lastDay)) {
            LocalDate calendarEnd = calendarStart.plusMonths(months).minusDays(1);
            LocalDate from = calendarStart.isBefore(start) ? start : calendarStart;
            LocalDate to = calendarEnd.isAfter(lastDay) ? lastDay : calendarEnd;
            periods.add(new ReportPeriod(ReportKind.PERIODIC, from, to, calendarEnd.plusDays(DUE_DAYS)));
            calendarStart = calendarStart.plusMonths(months);
        }
        return periods;
    }

    /** The five yearly reports of a graduate. */
    public static List<ReportPeriod> alumni(LocalDate graduatedOn) {
        List<ReportPeriod> periods = new ArrayList<>();
        for (int year = 1; year <= ALUMNI_YEARS; year++) {
            LocalDate from = graduatedOn.plusYears(year - 1).plusDays(1);
            LocalDate to = graduatedOn.plusYears(year);
            periods.add(new ReportPeriod(ReportKind.ALUMNI, from, to, to.plusDays(ALUMNI_DUE_DAYS)));
        }
        return periods;
    }
}
