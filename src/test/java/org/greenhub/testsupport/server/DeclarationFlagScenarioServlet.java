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
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.Zone;

/**
 * Test deployments only: a zone with its administrator (English), an enterprise whose manager's account is in
 * Chinese, and three other enterprises of the same sector (a sector of this scenario's own) that have filed for 2022
 * at 0.1229 tce per 10,000 yuan by the seeded 2022 factor table (1,000 MWh for 10,000 yuan × 1,000), which the scenario
 * only reads. Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/declaration-flag-scenario")
public class DeclarationFlagScenarioServlet extends HttpServlet {

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ZoneFixtures zones;

    @Inject
    DeclarationFixtures declarations;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long reviewer = people.person("Flag reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long enterprise = people.person("Flag manager", Language.CHINESE, Role.APPLICANT);
        long peerFounder = people.person("Peer founder", Language.ENGLISH, Role.APPLICANT);
        for (long id : new long[] {reviewer, enterprise}) {
            judging.activate(id);
        }
        String sector = TestData.unique("batteries");
        long organisation = competitions.startUp("Heavy Works", TestTime.today().minusYears(5), sector, enterprise);
        String tag = TestData.unique("");
        Zone zone = zones.administeredZone("Flag Park " + tag, "核查园区" + tag, reviewer);
        zones.placeIn(organisation, zone.getId());
        for (int i = 0; i < 3; i++) {
            long peer = competitions.startUp("Peer Works", TestTime.today().minusYears(5), sector, peerFounder);
            zones.placeIn(peer, zone.getId());
            declarations.declared(
                    zone.getId(),
                    peer,
                    2022,
                    DeclarationStatus.SUBMITTED,
                    DeclarationFixtures.figures("1000", "1000"),
                    peerFounder);
        }
        String json = Json.createObjectBuilder()
                .add("zoneId", zone.getId())
                .add("organisationId", organisation)
                .add("organisation", zones.legalName(organisation))
                .add("enterprise", people.email(enterprise))
                .add("reviewer", people.email(reviewer))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
