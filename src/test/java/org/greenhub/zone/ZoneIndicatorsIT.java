package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.AllianceFixtures;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.IntakeFixtures;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.testsupport.server.ZoneFixtures;
import org.greenhub.testsupport.server.ZoneProgrammeFixtures;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.application.ZoneAccounts;
import org.greenhub.zone.application.ZoneIndicators;
import org.greenhub.zone.application.ZoneIndicators.IndicatorValue;
import org.greenhub.zone.application.ZoneTargets;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.IndicatorStatus;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneTarget;
import org.junit.jupiter.api.Test;

/**
 * A zone's indicator values in the real database: computed from its accepted declarations (through the accounts and
 * the shares), counted from the programmes through their published reads (only the zone's incubators and
 * organisations, only what counts in each year), entered by the zone with a note and evidence (audited, bad input
 * refused with nothing stored), each against its target; and another zone's administrator gets "not found".
 */
class ZoneIndicatorsIT extends InServerTest {

    @Inject
    ZoneIndicators zoneIndicators;

    @Inject
    ZoneAccounts accounts;

    @Inject
    ZoneTargets targets;

    @Inject
    Declarations declarations;

    @Inject
    ZoneFixtures zones;

    @Inject
    ZoneProgrammeFixtures programmes;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    AllianceFixtures alliances;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Inject
    TestData data;

    private static DeclarationFigures figures(
            String grossOutput,
            String greenTech,
            String water,
            String reused,
            String waste,
            String recycled,
            Boolean audit,
            Boolean standards) {
        return new DeclarationFigures(
                new BigDecimal("10000"),
                new BigDecimal(grossOutput),
                greenTech == null ? null : new BigDecimal(greenTech),
                new BigDecimal("5000"),
                new BigDecimal("1000"),
                new BigDecimal("100"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                water == null ? null : new BigDecimal(water),
                reused == null ? null : new BigDecimal(reused),
                waste == null ? null : new BigDecimal(waste),
                recycled == null ? null : new BigDecimal(recycled),
                null,
                null,
                null,
                null,
                null,
                null,
                audit,
                standards);
    }

    private long organisationIn(Zone zone, String name, long person) {
        long organisation = competitions.startUp(name, TestTime.today().minusYears(6), "chemicals", person);
        zones.placeIn(organisation, zone.getId());
        return organisation;
    }

    private void accepted(long filer, long reviewer, Zone zone, long organisation, int year, DeclarationFigures f) {
        actingAs.user(filer);
        Declaration filed = declarations.file(zone.getId(), organisation, year, f);
        actingAs.user(reviewer);
        declarations.accept(filed.getId());
    }

    private static Map<String, IndicatorValue> byCode(List<IndicatorValue> values) {
        return values.stream().collect(Collectors.toMap(IndicatorValue::code, Function.identity()));
    }

    private static void assertValue(String expected, IndicatorValue value) {
        assertEquals(0, new BigDecimal(expected).compareTo(value.value()), value.code() + " was " + value.value());
    }

    /** The trend's values, oldest first; null where the year has none. */
    private static List<String> trend(IndicatorValue value) {
        List<String> years = new ArrayList<>();
        value.trend()
                .forEach(y -> years.add(
                        y.value() == null
                                ? null
                                : y.value().stripTrailingZeros().toPlainString()));
        return years;
    }

    @Test
    void computedAndCountedValuesOfTheZoneWithTheirTrend() {
        int last = TestTime.year() - 1;
        int previous = last - 1;
        long administrator = people.person("Indicators admin", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long filer = people.person("Indicators filer", Language.ENGLISH, Role.APPLICANT);
        Zone zone = zones.administeredZone("Indicators Park", "指标园区", administrator);
        long works = organisationIn(zone, "Indicator Works", filer);
        long mill = organisationIn(zone, "Indicator Mill", filer);
        long outside = competitions.startUp("Outside Works", TestTime.today().minusYears(6), "chemicals", filer);

        accepted(
                filer,
                administrator,
                zone,
                works,
                previous,
                figures("48000", "12000", "1000", "3000", "100", "50", true, true));
        accepted(
                filer,
                administrator,
                zone,
                works,
                last,
                figures("50000", "20000", "1000", "3000", "100", "80", true, false));
        // the mill declared no green-technology output, water or waste: it counts for the questions it answered only
        accepted(filer, administrator, zone, mill, last, figures("30000", null, null, null, null, null, false, true));

        // incubation: one green incubator in the zone (a maker space is not one), two residents, one graduate
        long operator = people.organisation(TestData.unique("Indicator operator"));
        long green = programmes.incubator(zone.getId(), operator, "GREEN_PROFESSIONAL_INCUBATOR", previous);
        programmes.incubator(zone.getId(), operator, "MAKER_SPACE", previous);
        programmes.residency(green, works, LocalDate.of(previous, 3, 1), null);
        programmes.residency(green, mill, LocalDate.of(previous, 6, 1), LocalDate.of(last, 5, 1));

        // competitions: a submitted entry counts, a draft and another zone's entry do not; a revoked award does not
        long manager = people.person("Indicator manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long edition = competitions.publishedCompetition(
                TestData.unique("zone-cup").toLowerCase(), operator, manager, TestTime.now());
        programmes.closesIn(edition, last);
        long entry = programmes.entry(edition, works, filer, "AWARDED");
        programmes.entry(edition, mill, filer, "NOT_AWARDED");
        long elsewhere = programmes.entry(edition, outside, filer, "AWARDED");
        programmes.result(edition, manager, "FINAL", last, "ACTIVE", entry, elsewhere);
        long revokedEdition = competitions.publishedCompetition(
                TestData.unique("zone-cup").toLowerCase(), operator, manager, TestTime.now());
        programmes.closesIn(revokedEdition, last);
        programmes.result(
                revokedEdition,
                manager,
                "FINAL",
                last,
                "REVOKED",
                programmes.entry(revokedEdition, mill, filer, "AWARDED"));
        long draftEdition = competitions.publishedCompetition(
                TestData.unique("zone-cup").toLowerCase(), operator, manager, TestTime.now());
        programmes.closesIn(draftEdition, last);
        programmes.entry(draftEdition, mill, filer, "DRAFT");
        // an edition of this year whose result is published but not final: neither its entry nor its award counts
        long current = competitions.publishedCompetition(
                TestData.unique("zone-cup").toLowerCase(), operator, manager, TestTime.now());
        programmes.result(
                current, manager, "PUBLISHED", last, "ACTIVE", programmes.entry(current, works, filer, "FINALIST"));

        // alliances: a membership running since the previous year counts in both; one that ended before does not
        AllianceFixtures.AllianceSetup alliance = alliances.alliance(TestData.unique("Indicator alliance"));
        programmes.membership(
                alliance.allianceId(), alliance.categoryIds().get(3), works, LocalDate.of(previous, 1, 1), null);
        AllianceFixtures.AllianceSetup ended = alliances.alliance(TestData.unique("Ended alliance"));
        programmes.membership(
                ended.allianceId(),
                ended.categoryIds().get(3),
                mill,
                LocalDate.of(last - 3, 1, 1),
                LocalDate.of(last - 2, 12, 31));

        actingAs.user(administrator);
        Map<String, IndicatorValue> values = byCode(zoneIndicators.values(zone.getId(), last));

        BigDecimal intensity = accounts.asOf(zone.getId(), last)
                .orElseThrow()
                .zoneYear(last)
                .orElseThrow()
                .energyIntensity();
        assertValue(intensity.toPlainString(), values.get("ENERGY_INTENSITY"));
        assertEquals(
                values.get("ENERGY_INTENSITY").value().compareTo(new BigDecimal("0.4")) <= 0
                        ? IndicatorStatus.MET
                        : IndicatorStatus.NOT_MET,
                values.get("ENERGY_INTENSITY").status(),
                "against the national plan's bound, the zone having set no target");

        assertValue("40", values.get("GREEN_TECH_OUTPUT_SHARE")); // 20,000 of 50,000: the mill declared none
        assertEquals(
                Arrays.asList(null, null, null, "25", "40"),
                trend(values.get("GREEN_TECH_OUTPUT_SHARE")),
                "12,000 of 48,000 the year before");
        assertValue("50", values.get("CLEANER_PRODUCTION_AUDIT_SHARE"));
        assertValue("50", values.get("ENVIRONMENTAL_STANDARDS_SHARE"));
        assertValue("75", values.get("WATER_REUSE_RATE")); // 3,000 of 4,000 m³ used
        assertValue("80", values.get("SOLID_WASTE_RECYCLING_RATE"));
        assertEquals(
                IndicatorStatus.MET,
                values.get("VN_GREEN_TECH_OUTPUT_SHARE").status(),
                "40 % is the lower end of the Vietnamese range 40–45 %: met");
        assertEquals(
                IndicatorStatus.NOT_MET,
                values.get("VN_ENVIRONMENTAL_STANDARDS_SHARE").status(),
                "50 % is below the Vietnamese range 70–75 %");

        assertEquals(List.of("0", "0", "0", "1", "1"), trend(values.get("GREEN_INCUBATORS")));
        assertEquals(List.of("0", "0", "0", "2", "2"), trend(values.get("INCUBATOR_RESIDENTS")));
        assertEquals(List.of("0", "0", "0", "0", "1"), trend(values.get("INCUBATOR_GRADUATES")));
        assertValue("3", values.get("GREEN_COMPETITION_ENTRIES")); // not the draft, not the outside organisation's
        assertValue("1", values.get("GREEN_COMPETITION_AWARDS"));
        assertEquals(
                List.of("0", "1", "1", "1", "1"),
                trend(values.get("ALLIANCE_MEMBERS")),
                "the ended membership in its own years only, the running one since it began");
        assertEquals(IndicatorStatus.NO_TARGET, values.get("ALLIANCE_MEMBERS").status());
        assertEquals(IndicatorStatus.NO_VALUE, values.get("PM25_GOOD_DAYS").status());
    }

    private long indicator(String code) {
        return targets.indicators().stream()
                .filter(i -> i.getCode().equals(code))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    @Test
    void theZoneEntersItsOwnValuesWithEvidenceAndAnotherZoneFindsNothing() {
        int year = TestTime.year() - 1;
        long administrator = people.person("Entering admin", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long stranger = people.person("Stranger admin", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        Zone zone = zones.administeredZone("Entering Park", "填报园区", administrator);
        zones.administeredZone("Stranger Park", "别人的园区", stranger);
        actingAs.user(administrator);
        long days = indicator("PM25_GOOD_DAYS");
        targets.set(zone.getId(), days, year, new ZoneTarget.Typed(new BigDecimal("300"), null, null));

        long id = zoneIndicators.enter(
                zone.getId(),
                days,
                year,
                new BigDecimal("280"),
                "Municipal monitoring station",
                "station.pdf",
                IntakeFixtures.PDF);

        IndicatorValue value = byCode(zoneIndicators.values(zone.getId(), year)).get("PM25_GOOD_DAYS");
        assertValue("280", value);
        assertEquals(IndicatorStatus.NOT_MET, value.status(), "below the zone's own target of 300 days");
        assertEquals("Municipal monitoring station", value.entered().note());
        assertEquals("station.pdf", value.entered().evidenceFileName());
        assertEquals(1, data.auditEventsOn("ZONE_INDICATOR_VALUE_ENTERED", "ZoneIndicatorValue", id));

        // a correction without a new file keeps the evidence
        assertEquals(
                id,
                zoneIndicators.enter(
                        zone.getId(), days, year, new BigDecimal("310"), "Corrected by the station", null, null));
        value = byCode(zoneIndicators.values(zone.getId(), year)).get("PM25_GOOD_DAYS");
        assertEquals(IndicatorStatus.MET, value.status());
        assertEquals("station.pdf", value.entered().evidenceFileName());
        assertArrayEquals(
                IntakeFixtures.PDF,
                zoneIndicators.evidence(zone.getId(), days, year).content());
        assertEquals(1, data.auditEventsOn("ZONE_INDICATOR_VALUE_CHANGED", "ZoneIndicatorValue", id));

        // bad input: named beside its field, nothing stored
        long forest = indicator("FOREST_COVER");
        assertEquals(
                "evidence",
                assertThrows(
                                DomainException.class,
                                () -> zoneIndicators.enter(
                                        zone.getId(), forest, year, new BigDecimal("30"), "Survey", null, null))
                        .field());
        assertEquals(
                "value",
                assertThrows(
                                DomainException.class,
                                () -> zoneIndicators.enter(
                                        zone.getId(),
                                        forest,
                                        year,
                                        new BigDecimal("130"),
                                        "Survey",
                                        "survey.pdf",
                                        IntakeFixtures.PDF))
                        .field());
        assertEquals(
                "note",
                assertThrows(
                                DomainException.class,
                                () -> zoneIndicators.enter(
                                        zone.getId(),
                                        forest,
                                        year,
                                        new BigDecimal("30"),
                                        " ",
                                        "survey.pdf",
                                        IntakeFixtures.PDF))
                        .field());
        assertEquals(
                "indicator",
                assertThrows(
                                DomainException.class,
                                () -> zoneIndicators.enter(
                                        zone.getId(),
                                        indicator("ENERGY_INTENSITY"),
                                        year,
                                        BigDecimal.ONE,
                                        "Mine",
                                        "e.pdf",
                                        IntakeFixtures.PDF))
                        .field(),
                "a computed indicator is not entered");
        assertNull(byCode(zoneIndicators.values(zone.getId(), year))
                .get("FOREST_COVER")
                .value());

        actingAs.user(stranger);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> zoneIndicators.values(zone.getId(), year))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> zoneIndicators.evidence(zone.getId(), days, year))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(
                                DomainException.class,
                                () -> zoneIndicators.enter(
                                        zone.getId(),
                                        days,
                                        year,
                                        BigDecimal.ONE,
                                        "Not mine",
                                        "x.pdf",
                                        IntakeFixtures.PDF))
                        .kind());
        actingAs.user(administrator);
        assertValue("310", byCode(zoneIndicators.values(zone.getId(), year)).get("PM25_GOOD_DAYS"));
    }
}
