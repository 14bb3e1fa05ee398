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
import org.greenhub.account.domain.Role;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.ListingDecisions;
import org.greenhub.reserve.application.ReserveCalls;
import org.greenhub.reserve.application.ReserveReview;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.zone.domain.Zone;

/**
 * Test deployments only: a reserve call managed by a manager who reads Chinese, taking projects of one zone record
 * (Suzhou Industrial Park); a Vietnamese owner's project listed with grade A after its review, with a feasibility
 * study attached as evidence; a stranger of no organisation. Every account signs in with
 * {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/reserve-renewal-scenario")
public class ReserveRenewalScenarioServlet extends HttpServlet {

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    CompetitionFixtures scores;

    @Inject
    ReserveReviewFixtures fixtures;

    @Inject
    ZoneFixtures zones;

    @Inject
    ActingAs actingAs;

    @Inject
    ReserveCalls calls;

    @Inject
    ReserveReview review;

    @Inject
    ListingDecisions decisions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long admin = people.person("Renewal admin", Language.ENGLISH, Role.ADMINISTRATOR);
        long manager = people.person("Renewal manager zh", Language.CHINESE, Role.PROGRAMME_MANAGER);
        long owner = people.person("Tran Thi Bich", Language.VIETNAMESE, Role.APPLICANT);
        long stranger = people.person("Renewal stranger", Language.ENGLISH, Role.APPLICANT);
        long judge = people.person("Renewal judge", Language.ENGLISH, Role.JUDGE);
        judging.activate(manager);
        judging.activate(owner);
        judging.activate(stranger);
        long organisation = people.organisation(TestData.unique("Công ty Nhiệt Xanh"));
        people.affiliate(
                owner, organisation, AffiliationRole.FOUNDER, TestTime.today().minusYears(2), null);
        String name = TestData.unique("Renewal reserve");
        actingAs.user(admin);
        long callId = calls.create(ReserveReviewFixtures.settings(name), people.email(manager));
        long project = fixtures.submittedProject(callId, organisation, "Thu hồi nhiệt thải lò hơi");
        actingAs.user(manager);
        long round = review.addRound(
                callId,
                "储备库评审",
                TestTime.now().minus(Duration.ofHours(1)),
                TestTime.now().plus(Duration.ofDays(7)),
                1);
        review.startReview(callId);
        long subject = fixtures.project(project).subjectId();
        judging.assign(round, subject, judge);
        scores.scoreEveryCriterion(round, subject, judge, new BigDecimal("9"));
        decisions.list(project, Grade.A, null, fixtures.version(project));
        fixtures.evidence(project, EvidenceKind.FEASIBILITY_STUDY, "Báo cáo nghiên cứu khả thi.pdf");

        Zone suzhou = zones.zone("Suzhou Industrial Park", "苏州工业园区");
        ReserveCalls.Settings s = ReserveReviewFixtures.settings(name);
        calls.change(
                callId,
                new ReserveCalls.Settings(
                        s.nameEn(),
                        s.nameZh(),
                        s.nameTh(),
                        s.nameVi(),
                        s.opensOn(),
                        s.closesOn(),
                        s.timeZone(),
                        s.categories(),
                        Set.of(suzhou.getId()),
                        Set.of(),
                        s.requiredEvidence(),
                        s.ceilingsPer10kYuan(),
                        s.minimumA(),
                        s.minimumB(),
                        s.minimumC(),
                        s.validityYears()),
                calls.view(callId).version());
        String json = Json.createObjectBuilder()
                .add("callId", callId)
                .add("projectId", project)
                .add("manager", people.email(manager))
                .add("owner", people.email(owner))
                .add("stranger", people.email(stranger))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
