package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.Zone;

/**
 * Test deployments only: a zone whose administrator reads GreenHub in Chinese, with three enterprises of two sectors
 * whose declarations for the two years before this one are accepted, and one enterprise that has not declared.
 * Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/zone-dashboard-scenario")
public class ZoneDashboardScenarioServlet extends HttpServlet {

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ZoneFixtures zones;

    @Inject
    Declarations declarations;

    @Inject
    ActingAs actingAs;

    static DeclarationFigures figures(int valueAdded, int electricity, int coal, boolean audit) {
        return new DeclarationFigures(
                BigDecimal.valueOf(valueAdded),
                BigDecimal.valueOf(valueAdded * 4L),
                BigDecimal.valueOf(valueAdded),
                BigDecimal.valueOf(electricity),
                BigDecimal.valueOf(electricity / 5),
                BigDecimal.valueOf(coal),
                new BigDecimal("200000"),
                null,
                null,
                null,
                null,
                null,
                null,
                new BigDecimal("12000"),
                new BigDecimal("30000"),
                new BigDecimal("400"),
                new BigDecimal("320"),
                null,
                null,
                null,
                null,
                null,
                null,
                audit,
                true);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long administrator = people.person("Dashboard administrator", Language.CHINESE, Role.ZONE_ADMINISTRATOR);
        long founder = people.person("Dashboard founder", Language.ENGLISH, Role.APPLICANT);
        judging.activate(administrator);
        String tag = TestData.unique("");
        Zone zone = zones.administeredZone("Dashboard Park " + tag, "驾驶舱园区" + tag, administrator);
        String[][] enterprises = {{"Battery Works", "新能源电池"}, {"Cable Mill", "新能源电池"}, {"Dye House", "纺织印染"}};
        int last = TestTime.year() - 1;
        for (int i = 0; i < enterprises.length; i++) {
            long organisation = competitions.startUp(
                    enterprises[i][0] + " " + tag, TestTime.today().minusYears(8), enterprises[i][1], founder);
            zones.placeIn(organisation, zone.getId());
            for (int year = last - 1; year <= last; year++) {
                actingAs.user(founder);
                Declaration filed = declarations.file(
                        zone.getId(),
                        organisation,
                        year,
                        figures(20000 + 5000 * i + (year - last) * 1000, 6000 - 1500 * i, 300 * (3 - i), i != 2));
                actingAs.user(administrator);
                declarations.accept(filed.getId());
            }
        }
        zones.placeIn(
                competitions.startUp("Quiet Works " + tag, TestTime.today().minusYears(3), "新能源电池", founder),
                zone.getId());
        String json = Json.createObjectBuilder()
                .add("zoneId", zone.getId())
                .add("zoneChinese", "驾驶舱园区" + tag)
                .add("year", last)
                .add("administrator", people.email(administrator))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
