package org.greenhub.organisation.domain.green;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.greenhub.organisation.domain.RestrictedActivity;
import org.junit.jupiter.api.Test;

class GreenMetricsTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    static GreenMetrics plausible() {
        GreenMetrics metrics = new GreenMetrics();
        metrics.setBaselineYear(2024);
        metrics.setBaselineEnergyUseMwh(new BigDecimal("1200"));
        metrics.setEnergySavedMwhPerYear(new BigDecimal("300.5"));
        metrics.setEmissionsAvoidedTco2ePerYear(new BigDecimal("170"));
        metrics.setEnergyIntensityTcePer10kYuan(new BigDecimal("0.35"));
        metrics.setCategory(GreenIndustryCategory.CLEAN_ENERGY);
        metrics.setMethodNote("Metered before and after the retrofit; grid factor 0.5703 tCO2/MWh.");
        return metrics;
    }

    static List<String> keys(List<MetricProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void plausibleFiguresPassAndAreCompleteForSubmission() {
        assertEquals(List.of(), plausible().validate(NOW));
        assertEquals(List.of(), plausible().missingForSubmission());
    }

    @Test
    void negativeAndAbsurdFiguresAreNamedWithTheirField() {
        GreenMetrics metrics = plausible();
        metrics.setWaterReusedM3PerYear(new BigDecimal("-5"));
        metrics.setEmissionsAvoidedTco2ePerYear(new BigDecimal("90000000"));
        metrics.setEnergyIntensityTcePer10kYuan(new BigDecimal("464"));
        assertEquals(
                List.of(
                        "emissionsAvoidedTco2ePerYear:green.problem.absurd",
                        "energyIntensityTcePer10kYuan:green.problem.absurd",
                        "waterReusedM3PerYear:green.problem.negative"),
                keys(metrics.validate(NOW)));
    }

    @Test
    void energySavedCannotExceedWhatWasUsedInTheBaselineYear() {
        GreenMetrics metrics = plausible();
        metrics.setEnergySavedMwhPerYear(new BigDecimal("1200.001"));
        assertEquals(List.of("energySavedMwhPerYear:green.problem.savedAboveBaseline"), keys(metrics.validate(NOW)));
        metrics.setBaselineEnergyUseMwh(null);
        assertEquals(List.of("baselineEnergyUseMwh:green.problem.baselineNeeded"), keys(metrics.validate(NOW)));
    }

    @Test
    void baselineYearMustBeAPastOrCurrentYear() {
        GreenMetrics metrics = plausible();
        metrics.setBaselineYear(2027);
        assertEquals(List.of("baselineYear:green.problem.baselineYear"), keys(metrics.validate(NOW)));
        metrics.setBaselineYear(2026);
        assertEquals(List.of(), metrics.validate(NOW));
    }

    @Test
    void aSubmissionNeedsMethodCategoryAndOneImpactFigure() {
        GreenMetrics empty = new GreenMetrics();
        assertEquals(List.of(), empty.validate(NOW));
        assertEquals(
                List.of(
                        "baselineYear:platform.validation.required",
                        "category:platform.validation.required",
                        "methodNote:green.problem.methodNeeded",
                        "emissionsAvoidedTco2ePerYear:green.problem.impactNeeded"),
                keys(empty.missingForSubmission()));
    }

    @Test
    void restrictedActivitiesMatchSectorsInAnyLanguageAndAccentFolded() {
        RestrictedActivity steel = new RestrictedActivity(
                "STEEL",
                new RestrictedActivity.Names("Steel", "钢铁", "เหล็กกล้า", "Thép"),
                "steelmaking, 炼钢, luyện thép",
                Instant.now(NOW));
        assertTrue(steel.matches("Integrated steelmaking and rolling"));
        assertTrue(steel.matches("钢铁冶炼"));
        assertTrue(steel.matches("Công ty LUYEN THEP miền Bắc"));
        assertTrue(steel.matches("อุตสาหกรรมเหล็กกล้า"));
        assertFalse(steel.matches("Solar inverters"));
        assertFalse(steel.matches(null));
    }
}
