package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.ReserveFinancingFixtures;
import org.greenhub.testsupport.server.ReserveFixtures;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.testsupport.server.ZoneFixtures;
import org.greenhub.testsupport.server.ZoneProgrammeFixtures;
import org.greenhub.zone.application.ZoneIndicators;
import org.greenhub.zone.application.ZoneIndicators.IndicatorValue;
import org.greenhub.zone.domain.IndicatorSource;
import org.greenhub.zone.domain.IndicatorUnit;
import org.greenhub.zone.domain.Zone;
import org.junit.jupiter.api.Test;

/**
 * The programmes' figures in a zone's indicators, counted and never typed in: the green impact its organisations
 * reported (awarded entries' declared figures, residents' submitted reports, each organisation once a year) and the
 * project reserve's listed projects and their financing, all of one fresh zone; another zone's programmes add nothing.
 */
class ZoneProgrammeFiguresIT extends InServerTest {

    @Inject
    ZoneIndicators zoneIndicators;

    @Inject
    ZoneFixtures zones;

    @Inject
    ZoneProgrammeFixtures programmes;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    ReserveFixtures reserve;

    @Inject
    ReserveFinancingFixtures financing;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    private long organisationIn(Zone zone, String name, long person) {
        long organisation = competitions.startUp(name, TestTime.today().minusYears(6), "chemicals", person);
        zones.placeIn(organisation, zone.getId());
        return organisation;
    }

    private static Map<String, IndicatorValue> byCode(List<IndicatorValue> values) {
        return values.stream().collect(Collectors.toMap(IndicatorValue::code, Function.identity()));
    }

    private static void assertValue(String expected, IndicatorValue value) {
        assertEquals(0, new BigDecimal(expected).compareTo(value.value()), value.code() + " was " + value.value());
    }

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
    void greenImpactAndTheReserveAreCountedForTheZoneOnly() {
        int last = TestTime.year() - 1;
        long administrator = people.person("Programme figures admin", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long founder = people.person("Programme figures founder", Language.ENGLISH, Role.APPLICANT);
        Zone zone = zones.administeredZone("Programme Figures Park", "项目数据园区", administrator);
        Zone other = zones.administeredZone("Other Figures Park", "其他园区");
        long works = organisationIn(zone, "Figures Works", founder);
        long mill = organisationIn(zone, "Figures Mill", founder);
        long outside = organisationIn(other, "Outside Figures", founder);

        // competitions: the works' and the mill's awarded entries declared their figures; the outsider's too
        long operator = people.organisation(TestData.unique("Figures operator"));
        long manager = people.person("Figures manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long edition = competitions.publishedCompetition(
                TestData.unique("figures-cup").toLowerCase(), operator, manager, TestTime.now());
        programmes.closesIn(edition, last);
        long worksEntry = programmes.entry(edition, works, founder, "AWARDED");
        programmes.greenFigures(worksEntry, "1000", "500");
        long millEntry = programmes.entry(edition, mill, founder, "AWARDED");
        programmes.greenFigures(millEntry, "200", "300");
        long outsideEntry = programmes.entry(edition, outside, founder, "AWARDED");
        programmes.greenFigures(outsideEntry, "99000", "99000");
        programmes.result(edition, manager, "FINAL", last, "ACTIVE", worksEntry, millEntry, outsideEntry);
        // a finalist of another edition, without an award, declared figures too: not counted
        long finalEdition = competitions.publishedCompetition(
                TestData.unique("figures-cup").toLowerCase(), operator, manager, TestTime.now());
        programmes.closesIn(finalEdition, last);
        programmes.greenFigures(programmes.entry(finalEdition, works, founder, "FINALIST"), "7000", "7000");
        programmes.result(finalEdition, manager, "FINAL", last, "ACTIVE");

        // incubation: the mill, resident at the zone's incubator, reported what it avoided in two quarters (measured,
        // so they replace its entry's declared 300 t); a report still expected and another zone's resident add nothing
        long incubator = programmes.incubator(zone.getId(), operator, "GREEN_PROFESSIONAL_INCUBATOR", last - 1);
        long residency = programmes.residency(incubator, mill, LocalDate.of(last - 1, 3, 1), null);
        programmes.report(residency, LocalDate.of(last, 3, 31), "SUBMITTED", "50");
        programmes.report(residency, LocalDate.of(last, 6, 30), "SUBMITTED", "70");
        programmes.report(residency, LocalDate.of(last, 9, 30), "EXPECTED", "1000");
        long otherIncubator = programmes.incubator(other.getId(), operator, "GREEN_PROFESSIONAL_INCUBATOR", last - 1);
        programmes.report(
                programmes.residency(otherIncubator, outside, LocalDate.of(last - 1, 3, 1), null),
                LocalDate.of(last, 3, 31),
                "SUBMITTED",
                "8000");

        // the reserve: the zone's listed project raised two parts last year; a rejected project and another zone's
        // listed project do not count
        long call = reserve.standingCall();
        long funder = people.organisation(TestData.unique("Figures Green Bank"));
        long listed = reserve.listedOn(
                works,
                call,
                ReserveFixtures.Project.of(TestData.unique("Figures solar")).zone(zone.getCode()),
                Grade.B,
                LocalDate.of(last, 1, 10));
        financing.financed(listed, FinancingInstrument.GREEN_LOAN, "2000000", funder, LocalDate.of(last, 3, 1));
        financing.financed(listed, FinancingInstrument.GREEN_LOAN, "500000", funder, LocalDate.of(last, 9, 1));
        reserve.rejected(
                mill,
                call,
                ReserveFixtures.Project.of(TestData.unique("Figures rejected")).zone(zone.getCode()));
        long elsewhere = reserve.listedOn(
                outside,
                call,
                ReserveFixtures.Project.of(TestData.unique("Figures elsewhere")).zone(other.getCode()),
                Grade.A,
                LocalDate.of(last, 1, 10));
        financing.financed(elsewhere, FinancingInstrument.GREEN_LOAN, "7000000", funder, LocalDate.of(last, 3, 1));

        actingAs.user(administrator);
        Map<String, IndicatorValue> values = byCode(zoneIndicators.values(zone.getId(), last));

        IndicatorValue energy = values.get("PROGRAMME_ENERGY_SAVED");
        assertEquals(IndicatorUnit.TONNES_STANDARD_COAL, energy.unit());
        assertEquals(IndicatorSource.COUNTED_FROM_PROGRAMMES, energy.source());
        assertValue("147.48", energy); // (1,000 + 200) MWh × 0.1229 tce/MWh; not the finalist's, not the outsider's
        assertValue("620", values.get("PROGRAMME_CO2_AVOIDED")); // works' 500 declared + mill's 50 + 70 reported
        assertEquals(
                java.util.Arrays.asList(null, null, null, null, "620"),
                trend(values.get("PROGRAMME_CO2_AVOIDED")),
                "no figure in the years before: no value, not zero");
        assertValue("2500000", values.get("RESERVE_GREEN_FINANCING"));
        assertValue("1", values.get("RESERVE_LISTED_PROJECTS"));
        assertEquals(
                List.of("0", "0", "0", "0", "1"),
                trend(values.get("RESERVE_LISTED_PROJECTS")),
                "listed on 10 January of the year: not before");

        // the other zone sees only its own
        Map<String, IndicatorValue> others = byCode(zoneIndicators.valuesOf(other.getId(), last));
        assertValue("12167.1", others.get("PROGRAMME_ENERGY_SAVED")); // 99,000 MWh × 0.1229
        assertValue("8000", others.get("PROGRAMME_CO2_AVOIDED")); // its report replaces the entry's 99,000 t
        assertValue("7000000", others.get("RESERVE_GREEN_FINANCING"));
        assertNull(byCode(zoneIndicators.valuesOf(other.getId(), last - 1))
                .get("PROGRAMME_ENERGY_SAVED")
                .value());

        // the national comparison reads every zone at once: the same values, trends and targets as one by one
        Map<Long, List<IndicatorValue>> together = zoneIndicators.valuesOfZones(List.of(zone, other), last);
        assertEquals(zoneIndicators.valuesOf(zone.getId(), last), together.get(zone.getId()));
        assertEquals(zoneIndicators.valuesOf(other.getId(), last), together.get(other.getId()));
    }
}
