package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.domain.Zone;

/**
 * Test deployments only: a zone with its administrator (English) and two enterprises, one whose founder reads Thai
 * and one whose founder reads Chinese, neither of which has declared last year; last year's deadline passed yesterday.
 * Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/zone-import-scenario")
public class ZoneImportScenarioServlet extends HttpServlet {

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ZoneFixtures zones;

    @Inject
    ZoneImportFixtures enterprises;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long reviewer = people.person("Import reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        judging.activate(reviewer);
        String tag = TestData.unique("");
        Zone zone = zones.administeredZone("Import Park " + tag, "导入园区" + tag, reviewer);
        ZoneImportFixtures.Enterprise thai = enterprises.enterprise("Siam Works", Language.THAI, zone.getId());
        ZoneImportFixtures.Enterprise chinese = enterprises.enterprise("Suzhou Works", Language.CHINESE, zone.getId());
        int year = TestTime.year() - 1;
        enterprises.deadline(zone.getId(), year, TestTime.today().minusDays(2));
        String json = Json.createObjectBuilder()
                .add("zoneId", zone.getId())
                .add("year", year)
                .add("reviewer", people.email(reviewer))
                .add("thai", thai.email())
                .add("thaiOrganisation", thai.name())
                .add("thaiCode", thai.code())
                .add("chineseOrganisation", chinese.name())
                .add("chineseCode", chinese.code())
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
