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
 * Test deployments only: a founder whose account is in Chinese, with a start-up of their own that names no zone, and
 * a zone record named in English and Chinese that the founder can place the start-up in. The founder signs in with
 * {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/zone-link-scenario")
public class ZoneLinkScenarioServlet extends HttpServlet {

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ZoneFixtures zones;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long founder = people.person("Zone founder", Language.CHINESE, Role.APPLICANT);
        judging.activate(founder);
        long organisation = competitions.startUp("Zone Solar", TestTime.today().minusYears(2), "solar", founder);
        String tag = TestData.unique("");
        Zone zone = zones.zone("Suzhou Industrial Park " + tag, "苏州工业园区" + tag);
        String json = Json.createObjectBuilder()
                .add("founder", people.email(founder))
                .add("password", JudgingFixtures.PASSWORD)
                .add("organisationId", organisation)
                .add("zoneId", zone.getId())
                .add("zoneChinese", "苏州工业园区" + tag)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
