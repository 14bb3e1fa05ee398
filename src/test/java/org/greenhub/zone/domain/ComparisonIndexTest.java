package org.greenhub.zone.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.zone.domain.ComparisonIndex.Result;
import org.greenhub.zone.domain.ComparisonIndex.Weighted;
import org.greenhub.zone.domain.ComparisonIndex.ZoneValues;
import org.junit.jupiter.api.Test;

class ComparisonIndexTest {

    private static final List<Weighted> INDICATORS = List.of(
            new Weighted("ENERGY_INTENSITY", IndicatorDirection.LOWER_IS_BETTER, new BigDecimal("3")),
            new Weighted("GREEN_SHARE", IndicatorDirection.HIGHER_IS_BETTER, new BigDecimal("1")),
            new Weighted("IGNORED", IndicatorDirection.HIGHER_IS_BETTER, BigDecimal.ZERO));

    private static ZoneValues zone(long id, String energy, String share, String accident) {
        Map<String, BigDecimal> values = new HashMap<>();
        values.put("ENERGY_INTENSITY", energy == null ? null : new BigDecimal(energy));
        values.put("GREEN_SHARE", share == null ? null : new BigDecimal(share));
        values.put("IGNORED", new BigDecimal(id));
        return new ZoneValues(id, values, accident);
    }

    @Test
    void theIndexIsTheWeightedMeanOfScoresBetweenTheWorstAndTheBestZone() {
        List<Result> results = ComparisonIndex.compare(
                INDICATORS,
                List.of(zone(1, "0.2", "40", null), zone(2, "0.4", "20", null), zone(3, "0.3", "30", null)));

        // zone 1: best on both → 100; zone 2: worst on both → 0; zone 3: half-way on both → 50
        assertEquals(new BigDecimal("100.00"), results.get(0).index());
        assertEquals(ZoneGrade.A, results.get(0).grade());
        assertEquals(new BigDecimal("0.00"), results.get(1).index());
        assertEquals(ZoneGrade.D, results.get(1).grade());
        assertEquals(new BigDecimal("50.00"), results.get(2).index());
        assertEquals(ZoneGrade.D, results.get(2).grade(), "below 55");
    }

    @Test
    void weightsCountAndAMissingValueScoresNothing() {
        List<Result> results =
                ComparisonIndex.compare(INDICATORS, List.of(zone(1, "0.2", null, null), zone(2, "0.4", "20", null)));

        // zone 1: energy 100 × 3, share missing 0 × 1 → 75; zone 2: energy 0, share the only value → 100 × 1 → 25
        assertEquals(new BigDecimal("75.00"), results.get(0).index());
        assertEquals(ZoneGrade.B, results.get(0).grade());
        assertEquals(new BigDecimal("25.00"), results.get(1).index());
    }

    @Test
    void gradeBandsStartAt85_70And55() {
        assertEquals(ZoneGrade.A, ZoneGrade.of(new BigDecimal("85")));
        assertEquals(ZoneGrade.B, ZoneGrade.of(new BigDecimal("84.99")));
        assertEquals(ZoneGrade.B, ZoneGrade.of(new BigDecimal("70")));
        assertEquals(ZoneGrade.C, ZoneGrade.of(new BigDecimal("55")));
        assertEquals(ZoneGrade.D, ZoneGrade.of(new BigDecimal("54.99")));
    }

    @Test
    void aMajorPollutionAccidentMovesTheZoneDownOneGrade() {
        List<Result> results = ComparisonIndex.compare(
                INDICATORS,
                List.of(
                        zone(1, "0.2", "40", "Chemical spill"),
                        zone(2, "0.4", "20", "Fire"),
                        zone(3, "0.2", "40", null)));

        assertEquals(ZoneGrade.A, results.get(0).bandGrade());
        assertEquals(ZoneGrade.B, results.get(0).grade());
        assertTrue(results.get(0).downgraded());
        assertEquals("Chemical spill", results.get(0).accident());
        assertEquals(ZoneGrade.D, results.get(1).grade(), "D stays D");
        assertFalse(results.get(1).downgraded());
        assertEquals(ZoneGrade.A, results.get(2).grade());
    }

    @Test
    void equalValuesScoreFullForEveryZone() {
        List<Result> results =
                ComparisonIndex.compare(INDICATORS, List.of(zone(1, "0.3", "30", null), zone(2, "0.3", "30", null)));
        assertEquals(new BigDecimal("100.00"), results.get(0).index());
        assertEquals(new BigDecimal("100.00"), results.get(1).index());
    }
}
