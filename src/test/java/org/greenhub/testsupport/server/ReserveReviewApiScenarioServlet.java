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
import java.util.Set;
import org.greenhub.account.domain.ApiArea;
import org.greenhub.account.domain.Role;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.ReserveCalls;
import org.greenhub.reserve.application.ReserveReview;

/**
 * Test deployments only: the reserve managers' API scene. A call (made by an administrator) whose manager reads
 * Chinese, with two projects of a Vietnamese owner in review in the call's round, the first scored 9 of 10 on every
 * criterion (90: grade A by the call's bands), and one more project submitted but not yet in review; another call with
 * another manager; the first manager's read-only token and a read-and-change token limited to zones. Every account
 * signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/reserve-review-api-scenario")
public class ReserveReviewApiScenarioServlet extends HttpServlet {

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

    @Inject
    AccessTokenScenarioServlet.Tokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long admin = people.person("Reserve admin", Language.ENGLISH, Role.ADMINISTRATOR);
        long manager = people.person("Reserve manager zh", Language.CHINESE, Role.PROGRAMME_MANAGER);
        long otherManager = people.person("Other reserve manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long owner = people.person("Nguyễn Văn An", Language.VIETNAMESE, Role.APPLICANT);
        long judge = people.person("Reserve judge", Language.ENGLISH, Role.JUDGE);
        for (long id : new long[] {manager, otherManager, owner}) {
            judging.activate(id);
        }
        long organisation = people.organisation(TestData.unique("Công ty Năng lượng Xanh"));
        people.affiliate(
                owner, organisation, AffiliationRole.FOUNDER, TestTime.today().minusYears(2), null);
        String name = TestData.unique("Green reserve");
        actingAs.user(admin);
        long callId = calls.create(ReserveReviewFixtures.settings(name), people.email(manager));
        long otherCallId = calls.create(
                ReserveReviewFixtures.settings(TestData.unique("Other reserve")), people.email(otherManager));
        long best = fixtures.submittedProject(callId, organisation, "Điện mặt trời áp mái 4,2 MW");
        long second = fixtures.submittedProject(callId, organisation, "Thu hồi nhiệt thải");
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
        // submitted after the review started: it waits for the next review, still SUBMITTED
        long waiting = fixtures.submittedProject(callId, organisation, "Lưu trữ nhiệt bằng muối nóng chảy");
        long elsewhere = fixtures.submittedProject(otherCallId, organisation, "Dự án của đợt khác");
        String json = Json.createObjectBuilder()
                .add("callId", callId)
                .add("otherCallId", otherCallId)
                .add("bestId", best)
                .add("secondId", second)
                .add("waitingId", waiting)
                .add("elsewhereId", elsewhere)
                .add("manager", people.email(manager))
                .add("otherManager", people.email(otherManager))
                .add("owner", people.email(owner))
                .add("password", JudgingFixtures.PASSWORD)
                .add(
                        "readToken",
                        tokens.issue(
                                manager,
                                "Read",
                                false,
                                Set.of(),
                                TestTime.today().plusDays(30),
                                TestTime.now(),
                                false))
                .add(
                        "zoneToken",
                        tokens.issue(
                                manager,
                                "Zones only",
                                true,
                                Set.of(ApiArea.ZONE),
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
