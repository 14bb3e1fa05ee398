package org.greenhub.reserve.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.reserve.domain.Screening.Finding;
import org.greenhub.reserve.domain.Screening.RestrictedMatch;
import org.junit.jupiter.api.Test;

class ScreeningTest {

    /** 2 million yuan invested, 500 t CO2 avoided a year: 2.5 t per 10,000 yuan. */
    private static ProjectFacts solarRoof(String zone, Set<EvidenceKind> evidence) {
        return new ProjectFacts(
                GreenCategory.CLEAN_ENERGY,
                zone,
                new BigDecimal("2000000"),
                new BigDecimal("1500000"),
                new Benefits(new BigDecimal("180"), new BigDecimal("500"), null, null),
                evidence);
    }

    private static final RestrictedMatch COKING = new RestrictedMatch("C2520", "Coking");

    @Test
    void aProjectAnOpenCallTakesPassesWithoutFindings() {
        Screening.Result result = Screening.screen(solarRoof("SIP", Set.of()), CallRules.OPEN, Optional.empty());

        assertTrue(result.passes());
        assertEquals(List.of(), result.refusals());
        assertEquals(List.of(), result.flags());
    }

    @Test
    void anActivityOnTheRestrictedListIsRefusedWithItsEntryNamed() {
        Screening.Result result = Screening.screen(solarRoof("SIP", Set.of()), CallRules.OPEN, Optional.of(COKING));

        assertFalse(result.passes());
        assertEquals(
                List.of(new Finding("reserve.screening.restricted", "category", List.of("C2520", "Coking"))),
                result.refusals());
    }

    @Test
    void everyReasonIsGivenAtOnceSoTheOwnerFixesThemInOnePass() {
        CallRules call = new CallRules(
                Set.of(GreenCategory.CLEAN_PRODUCTION),
                Set.of(),
                Set.of("SIP"),
                Set.of(EvidenceKind.FEASIBILITY_STUDY, EvidenceKind.ENERGY_ASSESSMENT),
                Map.of());

        Screening.Result result =
                Screening.screen(solarRoof("ZGC", Set.of(EvidenceKind.ENERGY_ASSESSMENT)), call, Optional.of(COKING));

        assertEquals(
                List.of(
                        "reserve.screening.restricted",
                        "reserve.screening.categoryNotInCall",
                        "reserve.screening.zoneNotInCall",
                        "reserve.screening.evidenceMissing.FEASIBILITY_STUDY"),
                result.refusals().stream().map(Finding::messageKey).toList());
        assertEquals(
                List.of("category", "category", "zone", "evidence"),
                result.refusals().stream().map(Finding::field).toList());
    }

    @Test
    void aCallNamingZonesRefusesAProjectOutsideEveryZoneAndACallNamingNoneTakesIt() {
        CallRules sipOnly = new CallRules(Set.of(), Set.of(7L), Set.of(), Map.of());

        assertFalse(Screening.screen(solarRoof(null, Set.of()), null, sipOnly, Optional.empty())
                .passes());
        assertFalse(
                Screening.screen(solarRoof("SIP", Set.of()), 8L, sipOnly, Optional.empty())
                        .passes(),
                "another zone record, whatever its code");
        assertTrue(Screening.screen(solarRoof("SIP", Set.of()), 7L, sipOnly, Optional.empty())
                .passes());
        assertTrue(Screening.screen(solarRoof(null, Set.of()), null, CallRules.OPEN, Optional.empty())
                .passes());
    }

    @Test
    void aZoneCodeWithoutARecordKeptOnACallStillTakesProjectsOfThatCode() {
        CallRules kept = new CallRules(Set.of(), Set.of(7L), Set.of("OLDPARK"), Set.of(), Map.of());

        assertTrue(Screening.screen(solarRoof("oldpark", Set.of()), null, kept, Optional.empty())
                .passes());
        assertFalse(Screening.screen(solarRoof("NEWPARK", Set.of()), null, kept, Optional.empty())
                .passes());
    }

    @Test
    void anEstimateAboveTheCeilingPer10000YuanIsFlaggedForTheReviewersNotRefused() {
        CallRules call =
                new CallRules(Set.of(), Set.of(), Set.of(), Map.of(Benefits.Figure.CO2_AVOIDED_T, new BigDecimal("2")));

        Screening.Result result = Screening.screen(solarRoof("SIP", Set.of()), call, Optional.empty());

        assertTrue(result.passes());
        assertEquals(1, result.flags().size());
        Finding flag = result.flags().get(0);
        assertEquals("reserve.screening.benefitAboveCeiling.CO2_AVOIDED_T", flag.messageKey());
        assertEquals("expected.co2AvoidedT", flag.field());
        assertEquals(
                0, new BigDecimal("2.5").compareTo((BigDecimal) flag.arguments().get(0)));
        assertEquals(new BigDecimal("2"), flag.arguments().get(1));
    }

    @Test
    void anEstimateAtTheCeilingOrNotGivenIsNotFlagged() {
        CallRules call = new CallRules(
                Set.of(),
                Set.of(),
                Set.of(),
                Map.of(
                        Benefits.Figure.CO2_AVOIDED_T, new BigDecimal("2.5"),
                        Benefits.Figure.WATER_SAVED_M3, new BigDecimal("0.1")));

        assertEquals(
                List.of(),
                Screening.screen(solarRoof("SIP", Set.of()), call, Optional.empty())
                        .flags());
    }

    @Test
    void aRatioIsShownToFourSignificantDigits() {
        // 1,000 t on 3 million yuan: 3.333… t per 10,000 yuan
        ProjectFacts project = new ProjectFacts(
                GreenCategory.CLEAN_ENERGY,
                "SIP",
                new BigDecimal("3000000"),
                new BigDecimal("1000000"),
                new Benefits(null, new BigDecimal("1000"), null, null),
                Set.of());
        CallRules call =
                new CallRules(Set.of(), Set.of(), Set.of(), Map.of(Benefits.Figure.CO2_AVOIDED_T, BigDecimal.ONE));

        Finding flag = Screening.screen(project, call, Optional.empty()).flags().get(0);

        assertEquals(new BigDecimal("3.333"), flag.arguments().get(0));
    }
}
