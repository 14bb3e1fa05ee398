package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
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
import org.greenhub.zone.application.AccountingCalculator.EnterpriseYearOutput;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.application.ZoneAccounts;
import org.greenhub.zone.application.ZoneDashboard;
import org.greenhub.zone.application.ZoneDashboard.Dashboard;
import org.greenhub.zone.application.ZoneDashboard.Emitter;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.Zone;
import org.junit.jupiter.api.Test;

/**
 * The zone dashboard in the real database: energy and CO2 by sector and the largest emitters are the accounts' own
 * figures, the declaring counts (not declared, waiting for review) are the zone's, the base year is changed with an
 * audit record, another zone's administrator gets "not found", and reading the dashboard takes a number of statements
 * that does not grow with the zone's enterprises.
 */
class ZoneDashboardIT extends InServerTest {

    @Inject
    ZoneDashboard dashboards;

    @Inject
    ZoneAccounts accounts;

    @Inject
    Declarations declarations;

    @Inject
    ZoneFixtures zones;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Inject
    TestData data;

    private static DeclarationFigures figures(String valueAdded, String electricity, String coal) {
        return new DeclarationFigures(
                new BigDecimal(valueAdded),
                new BigDecimal(valueAdded).multiply(new BigDecimal(4)),
                null,
                new BigDecimal(electricity),
                BigDecimal.ZERO,
                new BigDecimal(coal),
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
                null,
                null,
                null,
                null,
                true,
                true);
    }

    private long organisationIn(Zone zone, String name, String sector, long person) {
        long organisation =
                competitions.startUp(TestData.unique(name), TestTime.today().minusYears(6), sector, person);
        zones.placeIn(organisation, zone.getId());
        return organisation;
    }

    private Declaration filed(long filer, Zone zone, long organisation, int year, DeclarationFigures f) {
        actingAs.user(filer);
        return declarations.file(zone.getId(), organisation, year, f);
    }

    private void accepted(long filer, long reviewer, Zone zone, long organisation, int year, DeclarationFigures f) {
        Declaration declaration = filed(filer, zone, organisation, year, f);
        actingAs.user(reviewer);
        declarations.accept(declaration.getId());
    }

    @Test
    void sectorsLargestEmittersAndCountsComeFromTheZonesAccounts() {
        int year = TestTime.year() - 1;
        long administrator = people.person("Dashboard admin", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long filer = people.person("Dashboard filer", Language.ENGLISH, Role.APPLICANT);
        Zone zone = zones.administeredZone("Dashboard Park", "驾驶舱园区", administrator);
        long big = organisationIn(zone, "Big Smelter", "metals", filer);
        long small = organisationIn(zone, "Small Smelter", "metals", filer);
        long loom = organisationIn(zone, "Loom", "textiles", filer);
        long waiting = organisationIn(zone, "Waiting Works", "textiles", filer);
        organisationIn(zone, "Quiet Works", "textiles", filer);
        accepted(filer, administrator, zone, big, year, figures("30000", "9000", "2000"));
        accepted(filer, administrator, zone, small, year, figures("8000", "1000", "100"));
        accepted(filer, administrator, zone, loom, year, figures("12000", "4000", "0"));
        filed(filer, zone, waiting, year, figures("5000", "700", "0"));

        actingAs.user(administrator);
        Dashboard dashboard = dashboards.show(zone.getId(), year);

        List<EnterpriseYearOutput> outputs =
                accounts.asOf(zone.getId(), year).orElseThrow().response().enterpriseYears();
        assertEquals(
                List.of(big, loom, small),
                dashboard.largestEmitters().stream()
                        .map(Emitter::organisationId)
                        .toList(),
                "largest CO2 first");
        for (Emitter emitter : dashboard.largestEmitters()) {
            EnterpriseYearOutput output = outputs.stream()
                    .filter(o -> o.id().equals(String.valueOf(emitter.organisationId())) && o.year() == year)
                    .findFirst()
                    .orElseThrow();
            assertEquals(output.co2T(), emitter.co2T(), "the accounts' figure, not one computed again");
        }
        ZoneDashboard.Sector metals = dashboard.sectors().get(0);
        assertEquals("metals", metals.sector());
        assertEquals(2, metals.enterprises());
        assertEquals(
                0,
                dashboard
                        .largestEmitters()
                        .get(0)
                        .co2T()
                        .add(dashboard.largestEmitters().get(2).co2T())
                        .compareTo(metals.co2T()));
        assertEquals("textiles", dashboard.sectors().get(1).sector());
        assertEquals(5, dashboard.enterprises());
        assertEquals(1, dashboard.missing(), "the quiet works has declared nothing");
        assertEquals(1, dashboard.inReview(), "the waiting works' declaration is under review");
        assertEquals(
                0,
                dashboard
                        .totals()
                        .co2T()
                        .compareTo(dashboard.sectors().stream()
                                .map(ZoneDashboard.Sector::co2T)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Test
    void theBaseYearIsChangedWithAnAuditRecordAndAnotherZoneFindsNothing() {
        int year = TestTime.year() - 1;
        long administrator = people.person("Base year admin", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long stranger = people.person("Base year stranger", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        Zone zone = zones.administeredZone("Base Year Park", "基准年园区", administrator);
        zones.administeredZone("Stranger Base Park", "别人的基准年园区", stranger);

        actingAs.user(administrator);
        dashboards.changeBaseYear(zone.getId(), 2021);
        assertEquals(2021, dashboards.show(zone.getId(), year).baseYear());
        assertEquals(1, data.auditEventsOn("ZONE_BASE_YEAR_CHANGED", "Zone", zone.getId()));
        assertEquals(
                "baseYear",
                assertThrows(DomainException.class, () -> dashboards.changeBaseYear(zone.getId(), 1800))
                        .field());

        actingAs.user(stranger);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> dashboards.show(zone.getId(), year))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> dashboards.changeBaseYear(zone.getId(), 2022))
                        .kind());
        actingAs.user(administrator);
        assertEquals(2021, dashboards.show(zone.getId(), year).baseYear());
    }

    @Test
    void theDashboardTakesTheSameFewStatementsWhateverTheNumberOfEnterprises() {
        int year = TestTime.year() - 1;
        long administrator = people.person("Statements admin", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long filer = people.person("Statements filer", Language.ENGLISH, Role.APPLICANT);
        Zone zone = zones.administeredZone("Statements Park", "语句园区", administrator);
        for (int i = 0; i < 2; i++) {
            accepted(
                    filer,
                    administrator,
                    zone,
                    organisationIn(zone, "Few", "metals", filer),
                    year,
                    figures("9000", "900", "90"));
        }
        long few = statements(administrator, zone, year);
        for (int i = 0; i < 6; i++) {
            long organisation = organisationIn(zone, "More", i % 2 == 0 ? "metals" : "textiles", filer);
            accepted(filer, administrator, zone, organisation, year - 1, figures("9000", "900", "90"));
            accepted(filer, administrator, zone, organisation, year, figures("9000", "900", "90"));
        }
        long more = statements(administrator, zone, year);

        System.out.printf("Zone dashboard: %d statements with 2 enterprises, %d with 8 over two years%n", few, more);
        assertEquals(few, more, "no statement per enterprise or per year");
        assertTrue(more <= 25, "statements for the dashboard: " + more);
    }

    private long statements(long administrator, Zone zone, int year) {
        actingAs.user(administrator);
        org.hibernate.stat.Statistics statistics = competitions.statistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long fewest = Long.MAX_VALUE;
            for (int run = 0; run < 2; run++) {
                statistics.clear();
                dashboards.show(zone.getId(), year);
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
            return fewest;
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
