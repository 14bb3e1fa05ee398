package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.greenhub.account.domain.Role;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: a published competition with one draft entry (and its PDF attachment) of a founder's
 * organisation, another founder with an organisation of their own, a judge without any assignment and the
 * competition's manager, for tests that check permissions over HTTP. Every account signs in with
 * {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/competition-scenario")
public class CompetitionScenarioServlet extends HttpServlet {

    public static final String FILE_NAME = "商业计划书 (final).pdf";
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long manager = people.person("Scenario manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long owner = people.person("Scenario founder", Language.CHINESE, Role.APPLICANT);
        long stranger = people.person("Other founder", Language.THAI, Role.APPLICANT);
        long judge = people.person("Scenario judge", Language.ENGLISH, Role.JUDGE);
        long organisation = competitions.startUp("绿能科技", TestTime.today().minusMonths(4), "heat pumps", owner);
        competitions.startUp("Other start-up", TestTime.today().minusMonths(4), "water reuse", stranger);
        long competition = competitions.publishedCompetition(
                TestData.unique("http").toLowerCase(),
                people.organisation("Zone"),
                manager,
                TestTime.now().plus(Duration.ofDays(5)));
        long entry =
                competitions.draftEntry(competition, organisation, owner, "Private project " + TestData.unique("p"));
        long attachment = competitions.attach(entry, AttachmentKind.BUSINESS_PLAN, FILE_NAME, PDF);
        if (request.getParameter("submitted") != null) {
            // ?submitted=n: n submitted entries of other start-ups as well, for the manager's list
            competitions.bulkSubmittedEntries(
                    competition,
                    owner,
                    Integer.parseInt(request.getParameter("submitted")),
                    TestData.unique("Submitted"));
        }
        for (long id : new long[] {manager, owner, stranger, judge}) {
            judging.activate(id);
        }
        String json = Json.createObjectBuilder()
                .add("competitionId", competition)
                .add("entryId", entry)
                .add("attachmentId", attachment)
                .add("owner", people.email(owner))
                .add("stranger", people.email(stranger))
                .add("judge", people.email(judge))
                .add("manager", people.email(manager))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
