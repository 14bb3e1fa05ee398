package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.testsupport.server.ZoneFixtures;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.application.NationalComparison;
import org.greenhub.zone.application.NationalComparison.Row;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.Zone;
import org.junit.jupiter.api.Test;

/**
 * The national comparison in the real database: a major pollution accident recorded by an administrator (audited)
 * moves its zone down one grade in that year only, with the accident as the reason; a weight change is audited and
 * refused out of range; nobody but an administrator compares zones; comparing takes the same number of statements
 * however many zones there are.
 */
class NationalComparisonIT extends InServerTest {

    @Inject
    NationalComparison comparison;

    @Inject
    ZoneFixtures zones;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Inject
    TestData data;

    @Inject
    Declarations declarations;

    @Inject
    CompetitionFixtures competitions;

    private Row row(int year, long zoneId) {
        return comparison.compare(year).rows().stream()
                .filter(r -> r.zoneId() == zoneId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aMajorPollutionAccidentMovesItsZoneDownOneGradeInItsYear() {
        int year = TestTime.year() - 1;
        Zone polluted = zones.zone("Polluted Park", "污染园区");
        Zone clean = zones.zone("Clean Park", "清洁园区");
        actingAs.user(data.adminId());
        Row before = row(year, polluted.getId());
        assertEquals(before.bandGrade(), before.grade());

        long id = comparison.recordAccident(
                polluted.getId(),
                LocalDate.of(year, 8, 12),
                "Solvent spill into the canal",
                "Provincial ecology bureau notice 17");

        Row after = row(year, polluted.getId());
        assertEquals(before.index(), after.index(), "the accident does not change the index");
        assertEquals(after.bandGrade().down(), after.grade());
        assertEquals("Solvent spill into the canal", after.accidents().get(0).description());
        assertEquals(
                "Provincial ecology bureau notice 17", after.accidents().get(0).source());
        assertFalse(row(year, clean.getId()).downgraded());
        assertTrue(row(year - 1, polluted.getId()).accidents().isEmpty(), "only its own year");
        assertEquals(1, data.auditEventsOn("ZONE_POLLUTION_ACCIDENT_RECORDED", "ZonePollutionAccident", id));

        assertEquals(
                "occurredOn",
                assertThrows(
                                DomainException.class,
                                () -> comparison.recordAccident(
                                        polluted.getId(), TestTime.today().plusDays(1), "Later", "Source"))
                        .field());
        assertEquals(
                "source",
                assertThrows(
                                DomainException.class,
                                () -> comparison.recordAccident(
                                        polluted.getId(), LocalDate.of(year, 9, 1), "Another", " "))
                        .field());
        assertEquals(1, row(year, polluted.getId()).accidents().size(), "nothing half-stored");
    }

    @Test
    void weightsAreKeptByAdministratorsAndNobodyElseCompares() {
        int year = TestTime.year() - 1;
        actingAs.user(data.adminId());
        NationalComparison.Weight forest = comparison.compare(year).weights().stream()
                .filter(w -> w.code().equals("FOREST_COVER"))
                .findFirst()
                .orElseThrow();
        BigDecimal old = forest.weight();
        assertEquals(
                "weight",
                assertThrows(
                                DomainException.class,
                                () -> comparison.changeWeight(forest.indicatorId(), new BigDecimal("101")))
                        .field());
        long weightId = comparison.changeWeight(forest.indicatorId(), new BigDecimal("4.5"));
        long audited = data.auditEventsOn("ZONE_COMPARISON_WEIGHT_CHANGED", "ZoneComparisonWeight", weightId);
        assertEquals(
                0,
                new BigDecimal("4.5")
                        .compareTo(comparison.compare(year).weights().stream()
                                .filter(w -> w.code().equals("FOREST_COVER"))
                                .findFirst()
                                .orElseThrow()
                                .weight()));
        comparison.changeWeight(forest.indicatorId(), old);
        assertEquals(
                audited + 1, data.auditEventsOn("ZONE_COMPARISON_WEIGHT_CHANGED", "ZoneComparisonWeight", weightId));

        long zoneAdministrator =
                people.person(TestData.unique("Comparing zone admin"), Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        actingAs.user(zoneAdministrator);
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> comparison.compare(year))
                        .kind());
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> comparison.changeWeight(forest.indicatorId(), BigDecimal.ONE))
                        .kind());
    }

    @Test
    void weightsSavedTogetherAreAllStoredOrNoneAndARefusalNamesItsIndicator() {
        int year = TestTime.year() - 1;
        actingAs.user(data.adminId());
        Map<String, NationalComparison.Weight> byCode = new HashMap<>();
        comparison.compare(year).weights().forEach(w -> byCode.put(w.code(), w));
        NationalComparison.Weight forest = byCode.get("FOREST_COVER");
        NationalComparison.Weight water = byCode.get("WATER_REUSE_RATE");
        Map<Long, BigDecimal> typed = new HashMap<>();
        comparison.compare(year).weights().forEach(w -> typed.put(w.indicatorId(), w.weight()));
        typed.put(forest.indicatorId(), new BigDecimal("6"));
        typed.put(water.indicatorId(), new BigDecimal("100.5"));

        DomainException refused = assertThrows(DomainException.class, () -> comparison.changeWeights(typed));
        assertEquals("weight:" + water.indicatorId(), refused.field());
        assertEquals("zone.comparison.validation.weight", refused.messageKey());
        assertEquals(0, forest.weight().compareTo(weightOf(year, "FOREST_COVER")), "nothing half-stored");

        typed.put(water.indicatorId(), water.weight());
        comparison.changeWeights(typed);
        assertEquals(0, new BigDecimal("6").compareTo(weightOf(year, "FOREST_COVER")));
        assertEquals(0, water.weight().compareTo(weightOf(year, "WATER_REUSE_RATE")), "an unchanged weight is kept");
        comparison.changeWeight(forest.indicatorId(), forest.weight());
    }

    @Test
    void theComparisonTakesTheSameStatementsForTwoZonesAsForSix() {
        int year = TestTime.year() - 1;
        long administrator = people.person("Comparison statements admin", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long filer = people.person("Comparison statements filer", Language.ENGLISH, Role.APPLICANT);
        for (int i = 0; i < 2; i++) {
            zoneWithAccounts(administrator, filer, year, i);
        }
        long two = statements(year);
        for (int i = 2; i < 6; i++) {
            zoneWithAccounts(administrator, filer, year, i);
        }
        long six = statements(year);

        System.out.printf("National comparison: %d statements with 2 zones more, %d with 6%n", two, six);
        // four zones more add no statement (before session 9: about a dozen each). Not assertEquals: one run measured
        // 22 with two zones and 21 with six, a statement once and not per zone, not yet explained
        assertTrue(six <= two, "no statement per zone: " + two + " with 2 zones, " + six + " with 6");
        assertTrue(six <= 30, "statements for the comparison: " + six);
    }

    /** A zone with an enterprise accepted this year and the year before, and a target of its own. */
    private void zoneWithAccounts(long administrator, long filer, int year, int i) {
        Zone zone = zones.administeredZone(TestData.unique("Compared Park"), TestData.unique("比较园区"), administrator);
        long organisation = competitions.startUp(
                TestData.unique("Compared Works"), TestTime.today().minusYears(6), "metals", filer);
        zones.placeIn(organisation, zone.getId());
        for (int y = year - 1; y <= year; y++) {
            actingAs.user(filer);
            Declaration filed = declarations.file(zone.getId(), organisation, y, figures(9000 + 100 * i + y % 2));
            actingAs.user(administrator);
            declarations.accept(filed.getId());
        }
    }

    private static DeclarationFigures figures(int valueAdded) {
        BigDecimal va = new BigDecimal(valueAdded);
        return new DeclarationFigures(
                va,
                va.multiply(new BigDecimal(4)),
                va,
                new BigDecimal("900"),
                BigDecimal.ZERO,
                new BigDecimal("90"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new BigDecimal("100"),
                new BigDecimal("40"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                true);
    }

    private long statements(int year) {
        actingAs.user(data.adminId());
        org.hibernate.stat.Statistics statistics = competitions.statistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long fewest = Long.MAX_VALUE;
            for (int run = 0; run < 2; run++) {
                statistics.clear();
                comparison.compare(year);
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
            return fewest;
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    private BigDecimal weightOf(int year, String code) {
        return comparison.compare(year).weights().stream()
                .filter(w -> w.code().equals(code))
                .findFirst()
                .orElseThrow()
                .weight();
    }
}
