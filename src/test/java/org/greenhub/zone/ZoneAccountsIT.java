package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.testsupport.server.ZoneFixtures;
import org.greenhub.zone.application.AccountingCalculator;
import org.greenhub.zone.application.AccountingCalculator.EnterpriseInput;
import org.greenhub.zone.application.AccountingCalculator.YearInput;
import org.greenhub.zone.application.AccountingCalculator.ZoneYearOutput;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.application.FactorTables;
import org.greenhub.zone.application.ZoneAccounts;
import org.greenhub.zone.application.ZoneDashboard;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.accounting.Carrier;
import org.greenhub.zone.domain.accounting.TableFactors;
import org.junit.jupiter.api.Test;

/**
 * A zone's carbon accounts count each enterprise-year's accepted declaration once (not one in review, not another
 * zone's), with the cited factor table, and are exactly what the public calculator answers for their request: the
 * data pack recomputes them.
 */
class ZoneAccountsIT extends InServerTest {

    @Inject
    ZoneAccounts accounts;

    @Inject
    Declarations declarations;

    @Inject
    FactorTables factorTables;

    @Inject
    AccountingCalculator calculator;

    @Inject
    ZoneDashboard dashboard;

    @Inject
    ZoneFixtures zones;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    private static DeclarationFigures figures(String valueAdded, String electricity, String green, String coal) {
        return new DeclarationFigures(
                new BigDecimal(valueAdded),
                new BigDecimal("48000"),
                null,
                new BigDecimal(electricity),
                new BigDecimal(green),
                new BigDecimal(coal),
                new BigDecimal("350000"),
                null,
                null,
                new BigDecimal("800"),
                null,
                null,
                null,
                null,
                null,
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

    private long organisationIn(Zone zone, String name, long person) {
        long organisation = competitions.startUp(name, TestTime.today().minusYears(6), "chemicals", person);
        zones.placeIn(organisation, zone.getId());
        return organisation;
    }

    private Declaration accepted(
            long filer, long reviewer, Zone zone, long organisation, int year, DeclarationFigures f) {
        actingAs.user(filer);
        Declaration filed = declarations.file(zone.getId(), organisation, year, f);
        actingAs.user(reviewer);
        return declarations.accept(filed.getId());
    }

    @Test
    void theAccountsCountAcceptedVersionsOnlyAndAreWhatTheCalculatorAnswersForTheirRequest() {
        int last = TestTime.year() - 1;
        int first = last - 1;
        long reviewer = people.person("Accounts reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long filer = people.person("Accounts filer", Language.ENGLISH, Role.APPLICANT);
        Zone zone = zones.administeredZone("Accounts Park", "核算园区", reviewer);
        long steady = organisationIn(zone, "Steady Works", filer);
        long waiting = organisationIn(zone, "Waiting Works", filer);

        accepted(filer, reviewer, zone, steady, first, figures("10000", "5000", "1000", "100"));
        accepted(filer, reviewer, zone, steady, last, figures("12000", "5200", "2000", "80"));
        actingAs.user(filer);
        // a correction under review, and an enterprise whose only declaration is under review, count for nothing yet
        declarations.file(zone.getId(), steady, last, figures("12000", "9999", "0", "999"));
        declarations.file(zone.getId(), waiting, last, figures("5000", "700", "0", "0"));
        // another zone's accepted declaration is that zone's
        long elsewhereReviewer = people.person("Elsewhere reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        Zone elsewhere = zones.administeredZone("Elsewhere Accounts Park", "别处园区", elsewhereReviewer);
        accepted(
                filer,
                elsewhereReviewer,
                elsewhere,
                organisationIn(elsewhere, "Elsewhere Works", filer),
                last,
                figures("1", "1", "0", "1"));

        ZoneAccounts.Accounts result = accounts.asOf(zone.getId(), last).orElseThrow();

        assertEquals(zone.getBaseYear(), result.request().baseYear());
        assertEquals(
                List.of(new EnterpriseInput(
                        String.valueOf(steady),
                        List.of(
                                new YearInput(first, new BigDecimal("10000.000"), energy("5000", "1000", "100")),
                                new YearInput(last, new BigDecimal("12000.000"), energy("5200", "2000", "80"))))),
                result.request().enterprises(),
                "one enterprise, its accepted versions in year order");
        assertTrue(result.factorTableYear() <= last, "the reporting year's table or an earlier one");
        TableFactors cited = factorTables.forAccounting(result.factorTableYear());
        assertEquals(cited.revision(), result.factorTableRevision());
        cited.factors().forEach((carrier, factor) -> {
            assertEquals(
                    0,
                    factor.tcePerUnit()
                            .compareTo(result.request()
                                    .factors()
                                    .get(carrier.key())
                                    .tcePerUnit()));
            assertEquals(
                    0,
                    factor.co2PerUnit()
                            .compareTo(result.request()
                                    .factors()
                                    .get(carrier.key())
                                    .co2PerUnit()));
        });

        assertEquals(calculator.calculate(result.request()), result.response(), "the data pack recomputes the figures");
        ZoneYearOutput lastYear = result.zoneYear(last).orElseThrow();
        BigDecimal energy = new BigDecimal("5200")
                .multiply(cited.factors().get(Carrier.ELECTRICITY).tcePerUnit())
                .add(new BigDecimal("80")
                        .multiply(cited.factors().get(Carrier.RAW_COAL).tcePerUnit()))
                .add(new BigDecimal("350000")
                        .multiply(cited.factors().get(Carrier.NATURAL_GAS).tcePerUnit()))
                .add(new BigDecimal("800")
                        .multiply(cited.factors().get(Carrier.HEAT).tcePerUnit()));
        assertEquals(
                0,
                energy.setScale(AccountingCalculator.DECIMALS, RoundingMode.HALF_DOWN)
                        .compareTo(lastYear.energyTce()),
                "the zone's energy is the accepted version's carriers times the cited factors");
        assertEquals(0, new BigDecimal("12000").compareTo(lastYear.valueAdded()));

        assertTrue(accounts.asOf(zone.getId(), first - 1).isEmpty(), "nothing accepted by then: no accounts");
    }

    @Test
    void theFiguresOfTheShownYearsAreExactlyTheAccountsAnswerForThem() {
        int last = TestTime.year() - 1;
        long reviewer = people.person("Figures reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long filer = people.person("Figures filer", Language.ENGLISH, Role.APPLICANT);
        Zone zone = zones.administeredZone("Figures Park", "数据园区", reviewer);
        actingAs.user(reviewer);
        dashboard.changeBaseYear(zone.getId(), last - 7);
        long always = organisationIn(zone, "Always Works", filer);
        long joined = organisationIn(zone, "Joined Works", filer);
        long left = organisationIn(zone, "Left Works", filer);
        long gaps = organisationIn(zone, "Gaps Works", filer);
        for (int year = last - 8; year <= last; year++) {
            int i = year - last + 8;
            accepted(
                    filer,
                    reviewer,
                    zone,
                    always,
                    year,
                    figures(10000 + 37 * i + ".125", 5000 - 90 * i + ".5", 300 * i + ".25", 100 + i * 7 + ".001"));
            if (year >= last - 2) {
                accepted(filer, reviewer, zone, joined, year, figures("777.7", 900 + i + ".9", "0", "3.333"));
            }
            if (year <= last - 3) {
                accepted(filer, reviewer, zone, left, year, figures("3333.333", "1200", "1199.999", 40 - i + ""));
            }
            if (i % 2 == 0) {
                accepted(filer, reviewer, zone, gaps, year, figures(2000 + i + "", 321 * i + ".123", "0", "0"));
            }
        }
        // a correction accepted later replaces the first accepted version
        accepted(filer, reviewer, zone, always, last - 1, figures("9999.999", "4444.444", "44.444", "4.4"));

        ZoneAccounts.Accounts whole = accounts.asOf(zone.getId(), last).orElseThrow();
        for (int first : List.of(last - 4, last)) {
            ZoneAccounts.Figures shown =
                    accounts.figures(zone.getId(), last, first, true).orElseThrow();
            int from = first;
            assertEquals(
                    whole.response().zoneYears().stream()
                            .filter(z -> z.year() >= from)
                            .toList(),
                    shown.zoneYears(),
                    "every figure of the shown years, the changes and statuses too, as the accounts answer them");
            assertEquals(
                    whole.response().enterpriseYears().stream()
                            .filter(e -> e.year() == last)
                            .toList(),
                    shown.enterpriseYears(),
                    "the year's enterprises as the accounts answer them");
            assertEquals(whole.factorTableYear(), shown.factorTableYear());
            assertEquals(whole.factorTableRevision(), shown.factorTableRevision());
        }
        assertTrue(
                accounts.figures(zone.getId(), last - 9, last - 13, false).isEmpty(),
                "nothing accepted by then: no figures");
    }

    private static Map<String, BigDecimal> energy(String electricity, String green, String coal) {
        return Map.of(
                "electricity",
                new BigDecimal(electricity + ".000"),
                "greenElectricity",
                new BigDecimal(green + ".000"),
                "rawCoal",
                new BigDecimal(coal + ".000"),
                "naturalGas",
                new BigDecimal("350000.000"),
                "heat",
                new BigDecimal("800.000"));
    }
}
