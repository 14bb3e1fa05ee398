package org.greenhub.reserve.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a nomination keeps of the programme's data: within the declaration's limits, in the reserve's units. */
class ReserveNominationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void aTitleOrSummaryLongerThanTheDeclarationTakesIsCutToItsLimit() {
        ReserveNomination nomination = new ReserveNomination(
                1,
                2,
                ReserveNomination.Source.COMPETITION,
                3,
                4,
                new ReserveNomination.Carried("T".repeat(250), "S".repeat(5000), GreenCategory.CLEAN_ENERGY, null),
                NOW);
        assertEquals(200, nomination.carried().title().length());
        assertEquals(4000, nomination.carried().summary().length());
        assertFalse(nomination.carried().expected().anyGiven(), "no figures carried when the programme had none");
    }

    @Test
    void theEnergySavedIsNeverCarriedAndTheOtherFiguresAre() {
        ReserveNomination nomination = new ReserveNomination(
                1,
                2,
                ReserveNomination.Source.COMPETITION,
                3,
                4,
                new ReserveNomination.Carried(
                        "  Solar cold storage  ",
                        null,
                        null,
                        new Benefits(
                                new BigDecimal("12"),
                                new BigDecimal("75.5"),
                                new BigDecimal("1200"),
                                new BigDecimal("9"))),
                NOW);
        ReserveNomination.Carried carried = nomination.carried();
        assertEquals("Solar cold storage", carried.title());
        assertNull(carried.expected().energySavedTce());
        assertEquals(new BigDecimal("75.5"), carried.expected().co2AvoidedT());
        assertEquals(new BigDecimal("1200"), carried.expected().waterSavedM3());
        assertEquals(new BigDecimal("9"), carried.expected().wasteRecycledT());
        assertNull(carried.category());
    }
}
