package org.greenhub.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.Role;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.InstitutionType;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.FunderHome;
import org.greenhub.reserve.application.FunderVerification;
import org.greenhub.reserve.application.ListingDecisions;
import org.greenhub.reserve.application.Matching;
import org.greenhub.reserve.application.ProjectDeclaring;
import org.greenhub.reserve.application.ProjectFinancing;
import org.greenhub.reserve.application.ProjectQueries;
import org.greenhub.reserve.application.ProjectResults;
import org.greenhub.reserve.application.PublicReserve;
import org.greenhub.reserve.application.ReserveCalls;
import org.greenhub.reserve.application.ReserveListing;
import org.greenhub.reserve.application.ReserveReview;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.reserve.domain.Financing;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.MatchStatus;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ScreeningRefused;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.IntakeFixtures;
import org.greenhub.testsupport.server.JudgingFixtures;
import org.greenhub.testsupport.server.ReserveDeclareFixtures;
import org.greenhub.testsupport.server.ReserveFixtures;
import org.greenhub.testsupport.server.ReserveReviewFixtures;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * The green project reserve from end to end, each step taken by the person who takes it, through the use cases the
 * pages call: an administrator opens a call and names its manager; a Vietnamese founder declares and submits a
 * project with its feasibility study (a second company of theirs, in a restricted sector, is refused); the manager
 * adds the review round and starts the review; a judge scores; the manager lists the project with the proposed grade;
 * a person of a verified bank finds it in the public reserve and marks interest; the owner accepts contact; the owner
 * records the bank's loan with its contract; the owner reports a year's realised results. Only people, organisations
 * and the judge's scores are fixtures, as in the other reserve tests.
 */
class ReserveChainIT extends InServerTest {

    @Inject
    EvaluationFixtures people;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    JudgingFixtures judging;

    @Inject
    ReserveReviewFixtures review;

    @Inject
    ReserveFixtures institutions;

    @Inject
    ActingAs actingAs;

    @Inject
    TestData data;

    @Inject
    ReserveCalls calls;

    @Inject
    ProjectDeclaring declaring;

    @Inject
    ReserveReview rounds;

    @Inject
    ListingDecisions decisions;

    @Inject
    FunderVerification verification;

    @Inject
    FunderHome funderHome;

    @Inject
    ReserveListing publicReserve;

    @Inject
    Matching matching;

    @Inject
    ProjectFinancing financing;

    @Inject
    ProjectResults results;

    private static final List<ProjectDeclaring.Upload> STUDY = List.of(
            new ProjectDeclaring.Upload(EvidenceKind.FEASIBILITY_STUDY, "Nghiên cứu khả thi.pdf", IntakeFixtures.PDF));

    /** A call open since a month that takes every category and zone and asks for a feasibility study. */
    private static ReserveCalls.Settings settings(String name) {
        ReserveCalls.Settings s = ReserveReviewFixtures.settings(name);
        return new ReserveCalls.Settings(
                s.nameEn(),
                s.nameZh(),
                s.nameTh(),
                s.nameVi(),
                s.opensOn(),
                s.closesOn(),
                s.timeZone(),
                s.categories(),
                s.zoneIds(),
                s.zoneCodes(),
                EnumSet.of(EvidenceKind.FEASIBILITY_STUDY),
                // 600 t a year on 2,000,000 yuan is 3 t per 10,000 yuan: plausible, nothing flagged
                Map.of(Benefits.Figure.CO2_AVOIDED_T, new BigDecimal("5")),
                s.minimumA(),
                s.minimumB(),
                s.minimumC(),
                s.validityYears());
    }

    @Test
    void a_project_goes_from_declaration_through_review_listing_interest_and_financing_to_its_first_results() {
        // the people: an administrator, a manager, a judge, a Vietnamese founder and a bank's loan officer
        long admin = people.person("Chain admin", Language.ENGLISH, Role.ADMINISTRATOR);
        long manager = people.person("Chain manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long judge = people.person("Chain judge", Language.ENGLISH, Role.JUDGE);
        long owner = people.person("Nguyễn Thị Lan", Language.VIETNAMESE, Role.APPLICANT);
        long company = competitions.startUp("Mái Xanh", TestTime.today().minusYears(3), "solar power", owner);
        long coalCompany = competitions.startUp(
                "Than Đông Bắc", TestTime.today().minusYears(5), "coal-fired power generation", owner);
        long officer = people.person("Chain loan officer", Language.ENGLISH, Role.APPLICANT);
        long bank = institutions.institution("Chain green bank");
        people.affiliate(
                officer, bank, AffiliationRole.EMPLOYEE, TestTime.today().minusYears(1), null);

        // 1. the administrator creates the call and names the manager
        actingAs.user(admin);
        long call = calls.create(settings(TestData.unique("Chain call")), people.email(manager));

        // 2. the owner declares with the feasibility study and submits; screening passes
        actingAs.user(owner);
        assertTrue(
                declaring.choices().calls().stream().anyMatch(c -> c.id() == call),
                "the new call is offered to the owner");
        String tag = TestData.unique("chain");
        String title = "Mái nhà năng lượng mặt trời " + tag;
        ReserveProject.Declaration declaration = ReserveDeclareFixtures.solarRoofs(title);
        long project = declaring.submit(null, null, company, call, declaration, STUDY);
        ProjectDeclaring.ProjectPage submitted = declaring.show(project);
        assertEquals(ProjectStatus.SUBMITTED, submitted.status());
        assertEquals(
                List.of(new ProjectDeclaring.DocumentLine(EvidenceKind.FEASIBILITY_STUDY, "Nghiên cứu khả thi.pdf")),
                submitted.documents());
        assertTrue(submitted.flags().isEmpty(), "a plausible estimate is not flagged: " + submitted.flags());
        assertFalse(submitted.editable(), "a submitted project is with the reviewers");

        // the same founder's coal company is refused, the restricted entry named, and nothing is kept
        ScreeningRefused refused = assertThrows(
                ScreeningRefused.class,
                () -> declaring.submit(
                        null,
                        null,
                        coalCompany,
                        call,
                        ReserveDeclareFixtures.solarRoofs("Nhà máy than " + tag),
                        STUDY));
        assertEquals(
                "reserve.screening.restricted",
                refused.reasons().get(0).messageKey(),
                "the restricted sector is the first reason");
        assertEquals("COAL_POWER", refused.reasons().get(0).arguments().get(0), "the entry is named");
        assertEquals(
                List.of(project),
                declaring.mine().stream().map(ProjectQueries.ProjectLine::id).toList(),
                "the refused declaration left nothing behind");

        // 3. the manager adds the round and starts the review
        actingAs.user(manager);
        long round = rounds.addRound(
                call,
                "Chain review",
                TestTime.now().minus(Duration.ofHours(1)),
                TestTime.now().plus(Duration.ofDays(7)),
                1);
        assertEquals(1, rounds.startReview(call), "the one submitted project goes to review");
        assertEquals(ProjectStatus.IN_REVIEW, decisions.view(project).status());
        actingAs.user(owner);
        assertEquals(ProjectStatus.IN_REVIEW, declaring.show(project).status(), "the owner sees it in review");

        // 4. a judge scores 9 of 10 on every criterion: 90 of 100
        long subject = review.project(project).subjectId();
        judging.assign(round, subject, judge);
        competitions.scoreEveryCriterion(round, subject, judge, new BigDecimal("9"));

        // 5. the manager lists the project with the proposed grade
        actingAs.user(manager);
        ListingDecisions.DecisionView view = decisions.view(project);
        assertNotNull(view.proposal(), "the judge's scores propose a grade");
        assertEquals(90.0, view.proposal().score(), 1e-9);
        assertEquals(Grade.A, view.proposal().grade(), "90 is above the call's band A (85)");
        decisions.list(project, view.proposal().grade(), null, view.version());
        actingAs.user(owner);
        ProjectDeclaring.ProjectPage listed = declaring.show(project);
        assertEquals(ProjectStatus.LISTED, listed.status());
        assertEquals(Grade.A, listed.grade());
        assertNotNull(listed.validity(), "the owner sees until when it is listed");
        assertTrue(
                data.lastMail(people.email(owner)).body().contains("đã được đưa vào danh mục dự án xanh"),
                "the owner is told in Vietnamese");

        // 6. an administrator verifies the bank: its loan officer becomes a funder and finds the project listed
        actingAs.user(admin);
        assertEquals(1, verification.verify(bank, InstitutionType.BANK), "the loan officer becomes a funder");
        actingAs.user(officer);
        assertEquals(bank, funderHome.summary().organisationId(), "the funder acts for the bank");
        PublicReserve.Filter byTitle = new PublicReserve.Filter(tag, null, null, null, null, null, null, null);
        List<ReserveListing.Listed> found = publicReserve.page(byTitle, Language.ENGLISH, 0, 10);
        assertEquals(
                List.of(project),
                found.stream().map(ReserveListing.Listed::id).toList(),
                "the public reserve finds the listed project by its title");
        assertEquals(Grade.A, found.get(0).grade());
        assertEquals(title, publicReserve.project(project, Language.ENGLISH).title());

        // 7. the funder marks interest; the owner accepts contact
        long match = matching.markInterest(project, "We finance rooftop solar with green loans up to 5 million yuan.");
        assertEquals(MatchStatus.INTERESTED, matching.thread(match).head().status());
        assertNull(matching.thread(match).ownerContact(), "no contact before the owner accepts");
        actingAs.user(owner);
        assertEquals(
                List.of(match),
                matching.projectMatches(project).matches().stream()
                        .map(l -> l.id())
                        .toList(),
                "the owner sees the bank's interest");
        matching.answer(match, true);
        actingAs.user(officer);
        Matching.Thread accepted = matching.thread(match);
        assertEquals(MatchStatus.ACCEPTED, accepted.head().status());
        assertEquals(people.email(owner), accepted.ownerContact().email(), "the funder now has the owner's contact");

        // The application's clock runs at the real pace, so no year can pass inside a test, and a year's results are
        // reported only once that year is over; the listing is moved to have begun a year ago (as ReserveReviewIT
        // moves a listing to test its lapse), still valid today, before its financing and results are recorded.
        LocalDate listedFrom = TestTime.today().minusYears(1);
        review.listedDays(project, listedFrom, listedFrom.plusYears(2).minusDays(1));

        // 8. the owner records the bank's loan with the signed contract
        actingAs.user(owner);
        Financing loan = financing.record(
                project,
                new Financing.Part(
                        FinancingInstrument.GREEN_LOAN, new BigDecimal("800000"), TestTime.today(), bank, null),
                "Hợp đồng tín dụng xanh.pdf",
                IntakeFixtures.PDF);
        assertNotNull(loan);
        ProjectFinancing.Overview overview = financing.show(project);
        assertEquals(0, new BigDecimal("800000").compareTo(overview.raisedYuan()), "fully financed");
        assertEquals(1, overview.parts().size());
        assertEquals(
                accepted.head().funderOrganisation(), overview.parts().get(0).funder(), "the part names the bank");
        assertTrue(overview.parts().get(0).funder().startsWith("Chain green bank"));
        assertEquals("Hợp đồng tín dụng xanh.pdf", overview.parts().get(0).fileName());
        assertTrue(overview.mayReport(), "a financed project's owner reports its results");

        // 9. the owner reports last year's realised results
        int year = listedFrom.getYear();
        results.report(project, year, new Benefits(new BigDecimal("400"), new BigDecimal("580"), null, null));
        ProjectFinancing.YearLine reported = financing.show(project).years().stream()
                .filter(y -> y.year() == year)
                .findFirst()
                .orElseThrow();
        assertNotNull(reported.realised(), "the year shows its results");
        assertEquals(0, new BigDecimal("580").compareTo(reported.realised().co2AvoidedT()));
        assertFalse(reported.overdue(), "a reported year is not overdue");
        assertEquals(ProjectStatus.LISTED, declaring.show(project).status(), "still listed");
    }
}
