package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.Zone;

/**
 * Test deployments only: an enterprise in a zone with a draft for last year, a version filed for the year before and
 * an accepted one three years ago; the zone's administrator; another enterprise of the same zone; the enterprise's
 * manager's read-only token. Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/declaration-evidence-api-scenario")
public class DeclarationEvidenceApiScenarioServlet extends HttpServlet {

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

    @Inject
    AccessTokenScenarioServlet.Tokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long enterprise = people.person("Evidence enterprise manager", Language.ENGLISH, Role.APPLICANT);
        long other = people.person("Neighbour enterprise manager", Language.ENGLISH, Role.APPLICANT);
        long administrator = people.person("Evidence zone administrator", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        judging.activate(enterprise);
        judging.activate(other);
        judging.activate(administrator);
        long organisation =
                competitions.startUp("Evidence Works", TestTime.today().minusYears(6), "chemicals", enterprise);
        long otherOrganisation =
                competitions.startUp("Neighbour Works", TestTime.today().minusYears(6), "chemicals", other);
        String tag = TestData.unique("");
        Zone zone = zones.administeredZone("Evidence Park " + tag, "证据园区" + tag, administrator);
        zones.placeIn(organisation, zone.getId());
        zones.placeIn(otherOrganisation, zone.getId());
        int year = TestTime.year();
        long draft =
                declarations.drafted(zone.getId(), organisation, year - 1, DeclarationFixtures.figures("13000", "320"));
        long filed = declarations.declared(
                zone.getId(),
                organisation,
                year - 2,
                DeclarationStatus.SUBMITTED,
                DeclarationFixtures.figures("12500", "310"),
                enterprise);
        long accepted = declarations.declared(
                zone.getId(),
                organisation,
                year - 3,
                DeclarationStatus.ACCEPTED,
                DeclarationFixtures.figures("12000", "300"),
                enterprise);
        String json = Json.createObjectBuilder()
                .add("enterprise", people.email(enterprise))
                .add("other", people.email(other))
                .add("administrator", people.email(administrator))
                .add("password", JudgingFixtures.PASSWORD)
                .add("zoneCode", zone.getCode())
                .add("draftId", draft)
                .add("filedId", filed)
                .add("acceptedId", accepted)
                .add(
                        "readToken",
                        tokens.issue(
                                enterprise,
                                "Read",
                                false,
                                Set.of(),
                                TestTime.today().plusDays(30),
                                TestTime.now(),
                                false))
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
