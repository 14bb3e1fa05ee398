package org.greenhub.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.FinancingQueries;
import org.greenhub.reserve.application.ProjectFinancing;
import org.greenhub.reserve.application.ProjectResults;
import org.greenhub.reserve.application.ReserveDashboard;
import org.greenhub.reserve.application.ResultReminderJob;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.Financing;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.ReserveFinancingFixtures;
import org.greenhub.testsupport.server.ReserveFinancingFixtures.Scene;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.testsupport.server.ZoneFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A listed project's financing in the real database: the owner and the call's reserve manager record it in parts
 * with evidence (audited), a total above the financing sought needs a reason, others get "not found"; the owner
 * reports yearly results; the overdue list and the reminders follow a fixed day; the dashboard adds up the manager's
 * own calls only.
 */
class ProjectFinancingIT extends InServerTest {

    @Inject
    ProjectFinancing financing;

    @Inject
    ProjectResults results;

    @Inject
    ReserveDashboard dashboard;

    @Inject
    ResultReminderJob reminders;

    @Inject
    FinancingQueries queries;

    @Inject
    ReserveFinancingFixtures fixtures;

    @Inject
    EvaluationFixtures people;

    @Inject
    ZoneFixtures mails;

    @Inject
    ActingAs actingAs;

    private static final Benefits EXPECTED = new Benefits(new BigDecimal("560"), new BigDecimal("3900"), null, null);

    private static void assertNotFound(Executable action, String why) {
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, action).kind(),
                why);
    }

    private static Financing.Part part(FinancingInstrument instrument, String amount, long funder, String reason) {
        return new Financing.Part(
                instrument, new BigDecimal(amount), TestTime.today().minusDays(10), funder, reason);
    }

    @Test
    void theOwnerAndTheReserveManagerRecordFinancingInTwoPartsAndOthersSeeNothing() {
        Scene s = fixtures.scene(Language.ENGLISH);
        long project = fixtures.listedProject(
                s,
                "Solar roofs",
                GreenCategory.CLEAN_ENERGY,
                "12000000",
                Set.of(FinancingInstrument.GREEN_LOAN, FinancingInstrument.GUIDANCE_FUND),
                EXPECTED,
                TestTime.today().minusMonths(3));

        actingAs.user(s.owner());
        Financing loan = financing.record(
                project,
                part(FinancingInstrument.GREEN_LOAN, "5000000", s.funderId(), null),
                "loan-contract.pdf",
                ReserveFinancingFixtures.PDF);
        actingAs.user(s.manager());
        financing.record(
                project,
                part(FinancingInstrument.GUIDANCE_FUND, "7000000", s.funderId(), null),
                "fund-agreement.pdf",
                ReserveFinancingFixtures.PDF);

        ProjectFinancing.Overview overview = financing.show(project);
        assertEquals(0, new BigDecimal("12000000").compareTo(overview.raisedYuan()));
        assertEquals(
                List.of("loan-contract.pdf", "fund-agreement.pdf"),
                overview.parts().stream()
                        .map(ProjectFinancing.PartLine::fileName)
                        .toList());
        assertTrue(overview.parts().stream().allMatch(p -> p.funder().startsWith("Green Bank")));
        assertFalse(overview.mayReport(), "the manager records financing but does not report results");
        assertEquals(
                1,
                people.auditEvents("RESERVE_FINANCING_RECORDED", String.valueOf(project), "5000000"),
                "each part is audited");

        DomainException above = assertThrows(
                DomainException.class,
                () -> financing.record(
                        project,
                        part(FinancingInstrument.EQUITY, "1", s.funderId(), null),
                        "more.pdf",
                        ReserveFinancingFixtures.PDF));
        assertEquals("amount", above.field());
        assertEquals("reserve.financing.aboveSought", above.messageKey());
        DomainException text = assertThrows(
                DomainException.class,
                () -> financing.record(
                        project,
                        part(FinancingInstrument.EQUITY, "1", s.funderId(), "A storage tranche was added."),
                        "contract.pdf",
                        "not a pdf".getBytes(StandardCharsets.UTF_8)));
        assertEquals("evidence", text.field(), "the evidence is checked by its content, not its name");
        assertEquals(2, financing.show(project).parts().size(), "nothing refused was stored");

        actingAs.user(s.stranger());
        assertNotFound(() -> financing.show(project), "a person of another organisation");
        assertNotFound(
                () -> financing.record(
                        project,
                        part(FinancingInstrument.EQUITY, "1", s.funderId(), "x"),
                        "c.pdf",
                        ReserveFinancingFixtures.PDF),
                "nor records");
        assertNotFound(() -> financing.evidence(project, loan.getId()), "nor reads the evidence");
    }

    @Test
    void theOwnerReportsAYearOnceAndTheOverdueListAndRemindersFollowAFixedDay() {
        Scene s = fixtures.scene(Language.CHINESE);
        LocalDate listed = TestTime.today().minusYears(2);
        long project = fixtures.listedProject(
                s,
                "Heat recovery",
                GreenCategory.ENERGY_SAVING_AND_ENVIRONMENTAL_PROTECTION,
                "3000000",
                Set.of(FinancingInstrument.GREEN_LOAN),
                EXPECTED,
                listed);
        actingAs.user(s.manager());
        assertFalse(financing.show(project).mayReport(), "not financed yet: nothing to report");
        fixtures.financed(project, FinancingInstrument.GREEN_LOAN, "3000000", s.funderId(), listed.plusDays(30));

        int first = listed.getYear();
        actingAs.user(s.owner());
        results.report(project, first, new Benefits(new BigDecimal("540"), new BigDecimal("3650"), null, null));
        assertEquals(
                "year",
                assertThrows(
                                DomainException.class,
                                () -> results.report(project, first, new Benefits(BigDecimal.ONE, null, null, null)))
                        .field(),
                "a year is reported once");
        actingAs.user(s.manager());
        assertNotFound(
                () -> results.report(project, first + 1, new Benefits(BigDecimal.ONE, null, null, null)),
                "the reserve manager does not report for the owner");

        // the day after the second year's due day: that year is overdue, the first one is reported
        LocalDate afterDue = LocalDate.of(first + 2, 4, 1);
        List<FinancingQueries.Overdue> overdue = queries.overdue(s.manager(), afterDue, 100);
        assertEquals(
                List.of(first + 1),
                overdue.stream()
                        .filter(o -> o.projectId() == project)
                        .map(FinancingQueries.Overdue::year)
                        .toList());
        assertTrue(queries.overdue(s.stranger(), afterDue, 100).isEmpty(), "a manager of no call has nothing overdue");

        // reminded once, in the owner's language, when the third year's due day is 30 days ahead
        LocalDate reminderDay = LocalDate.of(first + 3, 3, 5);
        reminders.run(reminderDay);
        reminders.run(reminderDay);
        assertEquals(1, mails.mails(people.email(s.owner()), "年度成效"), "one reminder, in Chinese, however many runs");
    }

    @Test
    void theDashboardAddsUpTheManagersOwnCallsByInstrumentCategoryAndBenefits() {
        Scene s = fixtures.scene(Language.ENGLISH);
        LocalDate listed = TestTime.today().minusYears(1).minusMonths(2);
        long solar = fixtures.listedProject(
                s,
                "Solar roofs",
                GreenCategory.CLEAN_ENERGY,
                "10000000",
                Set.of(FinancingInstrument.GREEN_LOAN, FinancingInstrument.EQUITY),
                EXPECTED,
                listed);
        fixtures.listedProject(
                s,
                "Wetland",
                GreenCategory.ECOLOGICAL_ENVIRONMENT,
                "4000000",
                Set.of(FinancingInstrument.GREEN_BOND),
                new Benefits(null, null, new BigDecimal("90000"), null),
                listed);
        fixtures.financed(solar, FinancingInstrument.GREEN_LOAN, "6000000", s.funderId(), listed.plusDays(10));
        fixtures.financed(solar, FinancingInstrument.EQUITY, "1500000", s.funderId(), listed.plusDays(40));
        fixtures.reported(
                solar,
                listed.getYear(),
                new Benefits(new BigDecimal("500"), new BigDecimal("3500"), null, null),
                TestTime.today());

        actingAs.user(s.manager());
        ReserveDashboard.Dashboard d = dashboard.dashboard();

        assertEquals(2, d.total().projects(), "only the projects of the manager's own call");
        assertEquals(0, new BigDecimal("14000000").compareTo(d.total().sought()));
        assertEquals(0, new BigDecimal("7500000").compareTo(d.total().raised()));
        FinancingQueries.Line loan = d.byInstrument().stream()
                .filter(l -> l.code().equals("GREEN_LOAN"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("10000000").compareTo(loan.sought()));
        assertEquals(0, new BigDecimal("6000000").compareTo(loan.raised()));
        FinancingQueries.Line wetland = d.byCategory().stream()
                .filter(l -> l.code().equals("ECOLOGICAL_ENVIRONMENT"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, BigDecimal.ZERO.compareTo(wetland.raised()));
        assertEquals(1, d.projects().size(), "one project has reported results");
        assertEquals(0, new BigDecimal("3500").compareTo(d.realisedTotal().co2AvoidedT()));
        assertEquals(0, new BigDecimal("3900").compareTo(d.expectedTotal().co2AvoidedT()), "one year expected");
        assertTrue(new String(dashboard.export(false), StandardCharsets.UTF_8).contains("Green loan"));

        actingAs.user(s.owner());
        assertNotFound(() -> dashboard.dashboard(), "an owner has no dashboard");
    }
}
