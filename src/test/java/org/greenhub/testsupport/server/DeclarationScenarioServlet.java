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
 * Test deployments only: a zone with its administrator (English), an enterprise in it whose manager's account is in
 * Chinese, and a second zone with an administrator of its own. Every account signs in with
 * {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/declaration-scenario")
public class DeclarationScenarioServlet extends HttpServlet {

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
        long reviewer = people.person("Zone reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long otherReviewer = people.person("Other zone reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long enterprise = people.person("Enterprise manager", Language.CHINESE, Role.APPLICANT);
        for (long id : new long[] {reviewer, otherReviewer, enterprise}) {
            judging.activate(id);
        }
        long organisation =
                competitions.startUp("Declaring Works", TestTime.today().minusYears(5), "chemicals", enterprise);
        String tag = TestData.unique("");
        Zone zone = zones.administeredZone("Declaration Park " + tag, "申报园区" + tag, reviewer);
        Zone other = zones.administeredZone("Other Park " + tag, "其他园区" + tag, otherReviewer);
        zones.placeIn(organisation, zone.getId());
        String json = Json.createObjectBuilder()
                .add("zoneId", zone.getId())
                .add("zoneCode", zone.getCode())
                .add("otherZoneCode", other.getCode())
                .add("organisationId", organisation)
                .add("organisation", zones.legalName(organisation))
                .add("enterprise", people.email(enterprise))
                .add("reviewer", people.email(reviewer))
                .add("otherReviewer", people.email(otherReviewer))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
