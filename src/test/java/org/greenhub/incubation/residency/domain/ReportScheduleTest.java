package org.greenhub.incubation.residency.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportScheduleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void quarterlyPeriodsFollowTheCalendarAndTheFirstAndLastArePartial() {
        List<ReportPeriod> periods = ReportSchedule.periodic(d("2025-02-10"), d("2025-11-20"), ReportFrequency.QUARTERLY);
        assertEquals(4, periods.size());
        assertEquals(new ReportPeriod(ReportKind.PERIODIC, d("2025-02-10"), d("2025-03-31"), d("2025-04-15")), periods.get(0));
        assertEquals(new ReportPeriod(ReportKind.PERIODIC, d("2025-04-01"), d("2025-06-30"), d("2025-07-15")), periods.get(1));
        assertEquals(new ReportPeriod(ReportKind.PERIODIC, d("2025-10-01"), d("2025-11-20"), d("2026-01-15")), periods.get(3));
    }

    @Test
    void fortyEightMonthsOfQuarterlyReportsStartingOnAQuarterAre16Reports() {
        LocalDate start = d("2024-01-01");
        List<ReportPeriod> periods = ReportSchedule.periodic(start, start.plusMonths(48).minusDays(1), ReportFrequency.QUARTERLY);
        assertEquals(16, periods.size());
        assertEquals(d("2027-12-31"), periods.get(15).end());
    }

    @Test
    void monthlyAndHalfYearlyPeriods() {
        assertEquals(12, ReportSchedule.periodic(d("2025-01-15"), d("2025-12-31"), ReportFrequency.MONTHLY).size());
        List<ReportPeriod> half = ReportSchedule.periodic(d("2025-08-01"), d("2026-08-31"), ReportFrequency.HALF_YEARLY);
        assertEquals(List.of(d("2025-08-01"), d("2026-01-01"), d("2026-07-01")), half.stream().map(ReportPeriod::start).toList());
    }

    @Test
    void graduatesReportYearlyForFiveYearsFromTheDayAfterGraduation() {
        List<ReportPeriod> alumni = ReportSchedule.alumni(d("2026-06-30"));
        assertEquals(5, alumni.size());
        assertEquals(new ReportPeriod(ReportKind.ALUMNI, d("2026-07-01"), d("2027-06-30"), d("2027-08-29")), alumni.get(0));
        assertEquals(d("2031-06-30"), alumni.get(4).end());
    }
}
