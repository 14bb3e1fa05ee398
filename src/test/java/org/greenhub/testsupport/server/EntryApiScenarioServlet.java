package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: the entries API's scene. A published competition open for ten more days that requires a
 * business plan; a founder with a start-up of their own and no entry yet (and a read-only token); another founder with
 * their own start-up. Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/entry-api-scenario")
public class EntryApiScenarioServlet extends HttpServlet {

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    AccessTokenScenarioServlet.Tokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long manager = people.person("Entry API manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long founder = people.person("Entry API founder", Language.ENGLISH, Role.APPLICANT);
        long other = people.person("Other founder", Language.ENGLISH, Role.APPLICANT);
        long organisation = competitions.startUp(
                TestData.unique("API Solar"), TestTime.today().minusMonths(4), "solar dryers", founder);
        long otherOrganisation = competitions.startUp(
                TestData.unique("Other Solar"), TestTime.today().minusMonths(4), "solar dryers", other);
        long competition = competitions.publishedCompetition(
                TestData.unique("api").toLowerCase(),
                people.organisation("Zone committee"),
                manager,
                TestTime.now().plus(Duration.ofDays(10)));
        competitions.requireAttachments(competition, AttachmentKind.BUSINESS_PLAN);
        for (long id : new long[] {manager, founder, other}) {
            judging.activate(id);
        }
        String read =
                tokens.issue(founder, "Read", false, Set.of(), TestTime.today().plusDays(30), TestTime.now(), false);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("competitionId", competition)
                        .add("organisationId", organisation)
                        .add("otherOrganisationId", otherOrganisation)
                        .add("founder", people.email(founder))
                        .add("other", people.email(other))
                        .add("password", JudgingFixtures.PASSWORD)
                        .add("readToken", read)
                        .add("baselineYear", TestTime.today().getYear() - 1)
                        .build()
                        .toString());
    }
}
