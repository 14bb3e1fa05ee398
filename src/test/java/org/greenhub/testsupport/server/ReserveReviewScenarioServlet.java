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
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.ReserveCalls;
import org.greenhub.reserve.application.ReserveReview;

/**
 * Test deployments only: a reserve call (created by an administrator) managed by a manager who reads Chinese, two
 * submitted projects of a Vietnamese owner in review in the call's round, the first scored 9 of 10 on every criterion
 * by a judge (a final score of 90: grade A by the call's bands). Every account signs in with
 * {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/reserve-review-scenario")
public class ReserveReviewScenarioServlet extends HttpServlet {

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    CompetitionFixtures scores;

    @Inject
    ReserveReviewFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Inject
    ReserveCalls calls;

    @Inject
    ReserveReview review;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long admin = people.person("Reserve admin", Language.ENGLISH, Role.ADMINISTRATOR);
        long manager = people.person("Reserve manager zh", Language.CHINESE, Role.PROGRAMME_MANAGER);
        long owner = people.person("Nguyễn Văn An", Language.VIETNAMESE, Role.APPLICANT);
        long judge = people.person("Reserve judge", Language.ENGLISH, Role.JUDGE);
        judging.activate(manager);
        long organisation = people.organisation(TestData.unique("Công ty Năng lượng Xanh"));
        people.affiliate(
                owner, organisation, AffiliationRole.FOUNDER, TestTime.today().minusYears(2), null);
        String name = TestData.unique("Green reserve");
        actingAs.user(admin);
        long callId = calls.create(ReserveReviewFixtures.settings(name), people.email(manager));
        long best = fixtures.submittedProject(callId, organisation, "Điện mặt trời áp mái 4,2 MW");
        fixtures.submittedProject(callId, organisation, "Thu hồi nhiệt thải");
        actingAs.user(manager);
        long round = review.addRound(
                callId,
                "储备库评审",
                TestTime.now().minus(Duration.ofHours(1)),
                TestTime.now().plus(Duration.ofDays(7)),
                1);
        review.startReview(callId);
        long subject = fixtures.project(best).subjectId();
        judging.assign(round, subject, judge);
        scores.scoreEveryCriterion(round, subject, judge, new BigDecimal("9"));
        String json = Json.createObjectBuilder()
                .add("callId", callId)
                .add("callNameZh", "绿色项目储备库 " + name)
                .add("projectId", best)
                .add("manager", people.email(manager))
                .add("owner", people.email(owner))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
