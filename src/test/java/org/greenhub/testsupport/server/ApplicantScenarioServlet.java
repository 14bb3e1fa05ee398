package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import org.greenhub.account.domain.Role;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: what an applicant finds (issue 11): a published competition open for ten more days that
 * requires a business plan and a pitch deck and caps revenue at 200,000,000 yuan, a founder (English) with a
 * start-up of their own and no entry yet, an open intake call, and a second founder whose account is in Chinese.
 * Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/applicant-scenario")
public class ApplicantScenarioServlet extends HttpServlet {

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    IntakeFixtures intake;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long manager = people.person("Applicant scenario manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long founder = people.person("Path founder", Language.ENGLISH, Role.APPLICANT);
        long polyglot = people.person("Polyglot founder", Language.CHINESE, Role.APPLICANT);
        String organisation = TestData.unique("Path Solar");
        competitions.startUp(organisation, TestTime.today().minusMonths(4), "solar dryers", founder);
        String series = TestData.unique("path").toLowerCase();
        long competition = competitions.publishedCompetition(
                series,
                people.organisation("Zone committee"),
                manager,
                TestTime.now().plus(Duration.ofDays(10)));
        competitions.requireAttachments(competition, AttachmentKind.BUSINESS_PLAN, AttachmentKind.PITCH_DECK);
        competitions.rules(competition, new BigDecimal("200000000"), 3);
        String callTitle = TestData.unique("Green cohort");
        intake.openCall(intake.incubator(TestData.unique("Path incubator")), callTitle, 12);
        for (long id : new long[] {manager, founder, polyglot}) {
            judging.activate(id);
        }
        String json = Json.createObjectBuilder()
                .add("competitionId", competition)
                .add("competitionName", "Cup " + series)
                .add("callTitle", callTitle)
                .add("founder", people.email(founder))
                .add("polyglot", people.email(polyglot))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
