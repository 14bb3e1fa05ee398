package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.greenhub.account.domain.ApiArea;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.Zone;

/**
 * Test deployments only: an enterprise that moved zones. It declared three and two years ago to its former zone
 * (accepted, then returned) and last year to its new zone (submitted); another enterprise declared last year to the
 * former zone. The enterprise's manager's token limited to the reserve comes too. Every account signs in with
 * {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/my-declarations-api-scenario")
public class MyDeclarationsApiScenarioServlet extends HttpServlet {

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
        long enterprise = people.person("Moving enterprise manager", Language.CHINESE, Role.APPLICANT);
        long other = people.person("Other enterprise manager", Language.ENGLISH, Role.APPLICANT);
        judging.activate(enterprise);
        judging.activate(other);
        long organisation =
                competitions.startUp("Moving Works", TestTime.today().minusYears(6), "chemicals", enterprise);
        long otherOrganisation =
                competitions.startUp("Staying Works", TestTime.today().minusYears(6), "chemicals", other);
        String tag = TestData.unique("");
        Zone former = zones.zone("Former Park " + tag, "旧园区" + tag);
        Zone current = zones.zone("New Park " + tag, "新园区" + tag);
        int year = TestTime.year();
        declarations.declared(
                former.getId(),
                organisation,
                year - 3,
                DeclarationStatus.ACCEPTED,
                DeclarationFixtures.figures("12000", "300"),
                enterprise);
        long returned = declarations.declared(
                former.getId(),
                organisation,
                year - 2,
                DeclarationStatus.RETURNED,
                DeclarationFixtures.figures("12500", "310"),
                enterprise);
        long lastYear = declarations.declared(
                current.getId(),
                organisation,
                year - 1,
                DeclarationStatus.SUBMITTED,
                DeclarationFixtures.figures("13000", "320"),
                enterprise);
        zones.placeIn(organisation, current.getId());
        long othersDeclaration = declarations.declared(
                former.getId(),
                otherOrganisation,
                year - 1,
                DeclarationStatus.SUBMITTED,
                DeclarationFixtures.figures("9000", "200"),
                other);
        zones.placeIn(otherOrganisation, former.getId());
        String json = Json.createObjectBuilder()
                .add("enterprise", people.email(enterprise))
                .add("other", people.email(other))
                .add("password", JudgingFixtures.PASSWORD)
                .add("formerZoneCode", former.getCode())
                .add("currentZoneCode", current.getCode())
                .add("currentZoneChinese", "新园区" + tag)
                .add("year", year)
                .add("returnedId", returned)
                .add("lastYearId", lastYear)
                .add("othersDeclarationId", othersDeclaration)
                .add(
                        "reserveToken",
                        tokens.issue(
                                enterprise,
                                "Reserve only",
                                false,
                                Set.of(ApiArea.RESERVE),
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
