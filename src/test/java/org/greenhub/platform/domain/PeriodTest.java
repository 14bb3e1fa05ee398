package org.greenhub.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);

    @Test
    void aPeriodHasAFirstDayAndCannotEndBeforeIt() {
        assertThrows(IllegalArgumentException.class, () -> Period.startingOn(null));
        assertThrows(IllegalArgumentException.class, () -> Period.of(MAY_1, MAY_1.minusDays(1)));
        assertEquals(MAY_1, Period.of(MAY_1, MAY_1).until(), "a one-day period is a period");
        assertNull(Period.startingOn(MAY_1).until());
        assertFalse(Period.ordered(MAY_1, MAY_1.minusDays(1)));
        assertTrue(Period.ordered(MAY_1, MAY_1));
        assertTrue(Period.ordered(MAY_1, null));
        assertTrue(Period.ordered(null, MAY_1), "a missing first day is the caller's own 'required' message");
    }

    @Test
    void bothBoundaryDaysBelongToThePeriod() {
        Period may = Period.of(MAY_1, MAY_31);
        assertFalse(may.contains(MAY_1.minusDays(1)));
        assertTrue(may.contains(MAY_1));
        assertTrue(may.contains(MAY_31));
        assertFalse(may.contains(MAY_31.plusDays(1)));
        assertTrue(Period.startingOn(MAY_1).contains(LocalDate.of(2099, 1, 1)), "an open period never ends");
    }

    @Test
    void aPeriodIsOpenUntilItsLastDayWhateverItsStart() {
        Period may = Period.of(MAY_1, MAY_31);
        assertTrue(may.isOpenOn(MAY_1.minusYears(1)), "not yet ended, although not yet begun");
        assertTrue(may.isOpenOn(MAY_31));
        assertFalse(may.isOpenOn(MAY_31.plusDays(1)));
        assertTrue(Period.startingOn(MAY_1).isOpenOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void periodsOverlapWhenTheyShareADay() {
        Period may = Period.of(MAY_1, MAY_31);
        assertTrue(may.overlaps(Period.of(MAY_31, MAY_31.plusDays(10))), "sharing the last day");
        assertTrue(may.overlaps(Period.of(MAY_1.minusDays(10), MAY_1)), "sharing the first day");
        assertFalse(may.overlaps(Period.startingOn(MAY_31.plusDays(1))), "starting the day after");
        assertFalse(may.overlaps(Period.of(MAY_1.minusDays(10), MAY_1.minusDays(1))), "ending the day before");
        assertTrue(may.overlaps(Period.startingOn(MAY_1.minusYears(3))));
        assertTrue(
                Period.startingOn(MAY_1).overlaps(Period.startingOn(MAY_1.plusYears(5))),
                "two open periods always meet");
        assertEquals(
                may.overlaps(Period.of(MAY_31, MAY_31)),
                Period.of(MAY_31, MAY_31).overlaps(may),
                "symmetric");
    }

    @Test
    void endingGivesANewPeriodAndOnlyOnce() {
        Period open = Period.startingOn(MAY_1);
        assertFalse(open.canEndOn(MAY_1.minusDays(1)));
        assertTrue(open.canEndOn(MAY_1), "ended on its first day: one day long");
        Period ended = open.endedOn(MAY_31);
        assertEquals(Period.of(MAY_1, MAY_31), ended);
        assertNull(open.until(), "the open period is unchanged");
        assertTrue(ended.isEnded());
        assertFalse(ended.canEndOn(MAY_31.plusDays(1)));
        assertThrows(IllegalStateException.class, () -> ended.endedOn(MAY_31.plusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> open.endedOn(MAY_1.minusDays(1)));
    }
}
