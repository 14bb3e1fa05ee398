package org.greenhub.incubation.residency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportScheduleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void quarterlyPeriodsFollowTheCalendarAndTheFirstAndLastArePartial() {
        List<ReportPeriod> periods =
                ReportSchedule.periodic(d("2025-02-10"), d("2025-11-20"), ReportFrequency.QUARTERLY);
        assertEquals(4, periods.size());
        assertEquals(
                new ReportPeriod(ReportKind.PERIODIC, d("2025-02-10"), d("2025-03-31"), d("2025-04-15")),
                periods.get(0));
        assertEquals(
                new ReportPeriod(ReportKind.PERIODIC, d("2025-04-01"), d("2025-06-30"), d("2025-07-15")),
                periods.get(1));
        assertEquals(
                new ReportPeriod(ReportKind.PERIODIC, d("2025-10-01"), d("2025-11-20"), d("2026-01-15")),
                periods.get(3));
    }

    @Test
    void fortyEightMonthsOfQuarterlyReportsStartingOnAQuarterAre16Reports() {
        LocalDate start = d("2024-01-01");
        List<ReportPeriod> periods =
                ReportSchedule.periodic(start, start.plusMonths(48).minusDays(1), ReportFrequency.QUARTERLY);
        assertEquals(16, periods.size());
        assertEquals(d("2027-12-31"), periods.get(15).end());
    }

    @Test
    void monthlyAndHalfYearlyPeriods() {
        assertEquals(
                12,
                ReportSchedule.periodic(d("2025-01-15"), d("2025-12-31"), ReportFrequency.MONTHLY)
                        .size());
        List<ReportPeriod> half =
                ReportSchedule.periodic(d("2025-08-01"), d("2026-08-31"), ReportFrequency.HALF_YEARLY);
        assertEquals(
                List.of(d("2025-08-01"), d("2026-01-01"), d("2026-07-01")),
                half.stream().map(ReportPeriod::start).toList());
    }

    /** What the database's residency_report_period_ck demands, for a resident starting on any day of a leap year and the next. */
    @Test
    void aResidencyStartingOnAnyDayGetsPeriodsThatCoverItExactlyAndAreDueAfterTheyEnd() {
        for (ReportFrequency frequency : ReportFrequency.values()) {
            for (LocalDate start = d("2027-12-01"); start.isBefore(d("2029-01-01")); start = start.plusDays(1)) {
                for (int months : new int[] {1, 6, 48, 60}) {
                    LocalDate lastDay = start.plusMonths(months).minusDays(1);
                    List<ReportPeriod> periods = ReportSchedule.periodic(start, lastDay, frequency);
                    String where = frequency + " from " + start + " for " + months + " months";
                    assertFalse(periods.isEmpty(), where);
                    assertEquals(start, periods.get(0).start(), "the first report starts with the residency: " + where);
                    assertEquals(lastDay, periods.get(periods.size() - 1).end(), "the last ends with it: " + where);
                    for (int i = 0; i < periods.size(); i++) {
                        ReportPeriod p = periods.get(i);
                        assertTrue(
                                !p.start().isAfter(p.end()) && !p.end().isAfter(p.due()),
                                "start <= end <= due: " + p + ", " + where);
                        if (i > 0) {
                            assertEquals(
                                    periods.get(i - 1).end().plusDays(1), p.start(), "no gap or overlap: " + where);
                        }
                    }
                }
            }
        }
    }

    @Test
    void graduatesReportYearlyForFiveYearsFromTheDayAfterGraduation() {
        List<ReportPeriod> alumni = ReportSchedule.alumni(d("2026-06-30"));
        assertEquals(5, alumni.size());
        assertEquals(
                new ReportPeriod(ReportKind.ALUMNI, d("2026-07-01"), d("2027-06-30"), d("2027-08-29")), alumni.get(0));
        assertEquals(d("2031-06-30"), alumni.get(4).end());
    }
}
