package org.greenhub.incubation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.account.domain.Role;
import org.greenhub.evaluation.application.AssignmentService;
import org.greenhub.evaluation.application.JudgeEntryQuery;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.incubation.application.ApplicationDocuments;
import org.greenhub.incubation.application.IntakeApplications;
import org.greenhub.incubation.application.IntakeCallService;
import org.greenhub.incubation.application.IntakeDecisions;
import org.greenhub.incubation.application.IntakeScreening;
import org.greenhub.incubation.application.OfferExpiryScheduler;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.Decision;
import org.greenhub.incubation.domain.Eligibility;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.domain.MetricsRefused;
import org.greenhub.incubation.domain.NotEligible;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.IntakeFixtures;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/** Intake inside the real server and database: apply, screen, decide, offers, the wait-list and the expiry job. */
class IntakeFlowIT extends InServerTest {

    @Inject
    IntakeApplications applications;

    @Inject
    IntakeDecisions decisions;

    @Inject
    IntakeCallService calls;

    @Inject
    IntakeScreening screening;

    @Inject
    RoundSetupService rounds;

    @Inject
    ApplicationDocuments documents;

    @Inject
    OfferExpiryScheduler expiry;

    @Inject
    org.greenhub.organisation.application.OrganisationPath path;

    @Inject
    IntakeFixtures intake;

    @Inject
    EvaluationFixtures fixtures;

    @Inject
    TestData data;

    @Inject
    ActingAs actingAs;

    @Inject
    AssignmentService assignments;

    @Inject
    JudgeEntryQuery judgeView;

    @Inject
    org.greenhub.testsupport.server.JudgingFixtures judging;

    /** An incubator with one manager and an open call with the given number of places. */
    private final class Scene {
        final long manager = fixtures.person("Incubator Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        final long incubator = intake.incubator(TestData.unique("Green Valley"), manager);
        final long call;

        Scene(int capacity) {
            call = intake.openCall(incubator, TestData.unique("Spring intake"), capacity);
        }

        /** A founder (in the language given) of a young start-up in the zone, who applies; returns the application id. */
        long applicant(Language language, long[] founderOut) {
            long founder = fixtures.person("Founder", language, Role.APPLICANT);
            long startUp = intake.startUp(founder, "Solar Dry", 6, IntakeFixtures.ZONE, "solar drying equipment");
            actingAs.user(founder);
            IntakeApplication application = applications.apply(
                    form(call, startUp, IntakeFixtures.metrics(), GreenFocusArea.CLEAN_ENERGY, false));
            founderOut[0] = founder;
            return application.getId();
        }
    }

    private static IntakeApplications.ApplicationForm form(
            long call, long organisation, GreenMetrics metrics, GreenFocusArea area, boolean commits) {
        return new IntakeApplications.ApplicationForm(
                call,
                organisation,
                "Solar drying for tea farms",
                "Dries tea leaves with solar heat instead of coal.",
                area,
                commits,
                metrics,
                "plan.pdf",
                IntakeFixtures.PDF);
    }

    @Test
    void applyScreenAdmitAndAcceptStartsTheResidency() {
        Scene scene = new Scene(2);
        long[] founder = new long[1];
        long application = scene.applicant(Language.CHINESE, founder);
        assertEquals("SUBMITTED", intake.status(application));
        assertEquals(1, fixtures.mailSubjects(fixtures.email(founder[0])).size(), "a confirmation is mailed");
        assertEquals("plan.pdf", documents.businessPlan(application).fileName());

        actingAs.user(scene.manager);
        IntakeScreening.RoundLine round = screening.setUpRound(scene.call, null);
        assertEquals(1, rounds.entries(round.id()).size(), "the application is in the screening round");
        assertEquals(1, screening.roundsOf(scene.call).size());
        assertEquals("plan.pdf", documents.businessPlan(application).fileName(), "managers read the plan");

        long version = decisions.requireManaged(application).getVersion();
        decisions.decide(application, Decision.ADMIT, "Strong pilot results and a clear market.", version);
        assertEquals("OFFERED", intake.status(application));
        List<String> subjects = fixtures.mailSubjects(fixtures.email(founder[0]));
        assertTrue(
                subjects.get(0).startsWith("入孵录取通知"),
                "the offer is mailed in the founder's language: " + subjects.get(0));

        long residenciesBefore = intake.count("residency");
        actingAs.user(founder[0]);
        IntakeApplication accepted = applications.accept(application);
        assertEquals(ApplicationStatus.ACCEPTED, accepted.getStatus());
        assertEquals(residenciesBefore + 1, intake.count("residency"), "accepting starts the residency");
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(DomainException.class, () -> applications.accept(application))
                        .kind(),
                "no second acceptance");
    }

    @Test
    void aScreeningJudgeReadsTheApplicationInTheirLanguageWithItsFocusAreaAndBusinessPlanNamed() {
        Scene scene = new Scene(2);
        long[] founder = new long[1];
        scene.applicant(Language.CHINESE, founder);
        long judge = fixtures.person("Screening judge", Language.THAI, Role.JUDGE);
        actingAs.user(scene.manager);
        long round = screening.setUpRound(scene.call, null).id();
        rounds.addJudge(rounds.createPanel(round, "Committee", null, null).getId(), judge);
        long subject = rounds.entries(round).get(0).getId();
        judging.assign(round, subject, judge);
        assignments.publish(round);

        actingAs.user(judge);
        JudgeEntryQuery.Entry view = judgeView.entry(round, subject, Language.THAI);
        assertEquals("พลังงานสะอาด", view.trackGroup(), "the focus area by name, not CLEAN_ENERGY");
        assertEquals(
                List.of("แผนธุรกิจ"),
                view.documents().stream().map(JudgeEntryQuery.Document::label).toList());
        assertTrue(
                view.details().stream()
                        .anyMatch(d -> d.text().equals("Dries tea leaves with solar heat instead of coal.")),
                view.details().toString());
        assertTrue(
                view.details().stream().anyMatch(d -> d.label().contains("MWh")),
                "green metrics with their units: " + view.details());
        assertTrue(view.details().stream().allMatch(d -> d.section() != null), "every detail sits under a heading");
    }

    @Test
    void aLaterScreeningRoundTakesOnlyTheApplicationsThatAdvanced() {
        Scene scene = new Scene(5);
        long[] founder = new long[1];
        scene.applicant(Language.ENGLISH, founder);
        scene.applicant(Language.THAI, founder);
        actingAs.user(scene.manager);
        long first = screening.setUpRound(scene.call, "Online review").id();
        List<Long> screened = rounds.entries(first).stream().map(s -> s.getId()).toList();
        assertEquals(2, screened.size());

        intake.advancement(first, screened.get(0), true, scene.manager);
        intake.advancement(first, screened.get(1), false, scene.manager);
        long second = screening.setUpRound(scene.call, "Pitch and defence").id();
        assertEquals(
                List.of(screened.get(0)),
                rounds.entries(second).stream().map(s -> s.getId()).toList(),
                "the committee's cut holds in the next round");
    }

    @Test
    void aFullCallWaitListsAndLapsedOrDeclinedOffersGoDownTheWaitList() {
        Scene scene = new Scene(1);
        long[] a = new long[1];
        long[] b = new long[1];
        long[] c = new long[1];
        long first = scene.applicant(Language.ENGLISH, a);
        long second = scene.applicant(Language.THAI, b);
        long third = scene.applicant(Language.VIETNAMESE, c);

        actingAs.user(scene.manager);
        decisions.decide(
                first,
                Decision.ADMIT,
                "Best score",
                decisions.requireManaged(first).getVersion());
        DomainException full = assertThrows(
                DomainException.class,
                () -> decisions.decide(
                        second,
                        Decision.ADMIT,
                        "Also good",
                        decisions.requireManaged(second).getVersion()));
        assertEquals("incubation.decision.full", full.messageKey());
        assertEquals("SUBMITTED", intake.status(second), "a refused decision changes nothing");
        decisions.decide(
                second,
                Decision.WAIT_LIST,
                "Second place",
                decisions.requireManaged(second).getVersion());
        decisions.decide(
                third,
                Decision.WAIT_LIST,
                "Third place",
                decisions.requireManaged(third).getVersion());
        assertEquals(1, decisions.requireManaged(second).getWaitlistPosition());
        assertEquals(2, decisions.requireManaged(third).getWaitlistPosition());

        // the first start-up lets the deadline pass: accepting is refused, the job expires it, the place moves on
        intake.letOfferLapse(first);
        actingAs.user(a[0]);
        DomainException late = assertThrows(DomainException.class, () -> applications.accept(first));
        assertEquals("incubation.offer.expired", late.messageKey());
        assertEquals("OFFERED", intake.status(first), "a late acceptance changes nothing");
        expiry.runOnce(); // the server's own run may have come first: either way the offer is expired once
        assertEquals("OFFER_EXPIRED", intake.status(first));
        assertEquals("OFFERED", intake.status(second), "the first on the wait-list gets the place");
        assertEquals("WAIT_LISTED", intake.status(third));
        assertTrue(
                fixtures.mailSubjects(fixtures.email(b[0])).get(0).startsWith("มีที่ว่างสำหรับคุณ"), "mailed in Thai");
        expiry.runOnce();
        assertEquals("OFFERED", intake.status(second), "a second run leaves the standing offer alone");

        actingAs.user(b[0]);
        applications.decline(second);
        assertEquals("DECLINED", intake.status(second));
        assertEquals("OFFERED", intake.status(third), "a declined place goes down the wait-list");
    }

    @Test
    void startUpsSeeOnlyTheirOwnApplicationsAndManagersOnlyTheirIncubators() {
        Scene scene = new Scene(3);
        long[] founder = new long[1];
        long application = scene.applicant(Language.ENGLISH, founder);
        long stranger = fixtures.person("Other Founder", Language.ENGLISH, Role.APPLICANT);
        long otherManager = fixtures.person("Other Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        intake.incubator(TestData.unique("Elsewhere"), otherManager);

        actingAs.user(stranger);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> applications.view(application))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> documents.businessPlan(application))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> applications.accept(application))
                        .kind());
        assertTrue(applications.mine(Language.ENGLISH).stream().noneMatch(a -> a.id() == application));

        actingAs.user(scene.manager);
        long organisation =
                decisions.requireManaged(application).getOrganisation().getId();
        long round = screening.setUpRound(scene.call, "Committee round").id();
        assertEquals(
                1,
                path.of(organisation).stream()
                        .filter(l -> l.programmeKey().equals("incubation.participation.application"))
                        .count(),
                "the incubator's managers see the application on the organisation's path");

        actingAs.user(otherManager);
        assertEquals(
                0,
                path.of(organisation).stream()
                        .filter(l -> l.programmeKey().equals("incubation.participation.application"))
                        .count(),
                "other managers do not");
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> decisions.decide(application, Decision.REJECT, "Not ours", 0))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> decisions.countApplications(scene.call))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> screening.setUpRound(scene.call, null))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> rounds.view(round)).kind(),
                "another incubator's manager cannot open this call's screening round");
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> documents.businessPlan(application))
                        .kind());

        // a judge sees applications only through the rounds they are assigned to, never through the intake pages
        long judge = fixtures.person("Judge", Language.ENGLISH, Role.JUDGE);
        actingAs.user(judge);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> applications.view(application))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> documents.businessPlan(application))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> decisions.requireManaged(application))
                        .kind());

        actingAs.user(founder[0]);
        assertEquals(
                List.of(application),
                applications.mine(Language.ENGLISH).stream()
                        .map(IntakeApplications.MyApplication::id)
                        .toList());
    }

    @Test
    void ineligibleApplicationsAndBadFiguresAreRefusedWithReasonsAndNothingIsStored() {
        Scene scene = new Scene(3);
        long founder = fixtures.person("Steel Founder", Language.ENGLISH, Role.APPLICANT);
        long oldSteelMill = intake.startUp(founder, "Old Mill", 40, "Somewhere Else", "steel mill");
        long young = intake.startUp(founder, "Young", 3, IntakeFixtures.ZONE, "batteries");
        long before = intake.count("intake_application");
        long filesBefore = intake.count("platform_stored_file");
        actingAs.user(founder);

        NotEligible refused = assertThrows(
                NotEligible.class,
                () -> applications.apply(form(
                        scene.call,
                        oldSteelMill,
                        IntakeFixtures.metrics(),
                        GreenFocusArea.OZONE_POLLUTION_CONTROL,
                        false)));
        Set<String> reasons =
                refused.findings().stream().map(Eligibility.Finding::messageKey).collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "incubation.eligibility.tooOld",
                        "incubation.eligibility.zone",
                        "incubation.eligibility.restricted",
                        "incubation.eligibility.focusAreaNotTaken"),
                reasons);

        GreenMetrics negative = IntakeFixtures.metrics();
        negative.setEmissionsAvoidedTco2ePerYear(new BigDecimal("-5"));
        negative.setEnergySavedMwhPerYear(new BigDecimal("999999999"));
        MetricsRefused badFigures = assertThrows(
                MetricsRefused.class,
                () -> applications.apply(form(scene.call, young, negative, GreenFocusArea.CLEAN_ENERGY, false)));
        assertTrue(badFigures.problems().size() >= 2, badFigures.problems().toString());

        DomainException notAPdf = assertThrows(
                DomainException.class,
                () -> applications.apply(new IntakeApplications.ApplicationForm(
                        scene.call,
                        young,
                        "Batteries",
                        "Second life batteries",
                        GreenFocusArea.CLEAN_ENERGY,
                        false,
                        IntakeFixtures.metrics(),
                        "plan.pdf",
                        "MZ not a pdf".getBytes())));
        assertEquals(DomainException.Kind.INVALID, notAPdf.kind());

        assertEquals(before, intake.count("intake_application"), "nothing half-stored");
        assertEquals(filesBefore, intake.count("platform_stored_file"), "no orphan file");

        actingAs.user(scene.manager);
        Instant now = TestTime.now();
        DomainException wrongOrder = assertThrows(
                DomainException.class,
                () -> calls.open(
                        scene.incubator,
                        new IntakeCall.Terms("Backwards", null, now, now.minus(Duration.ofDays(3)), 5, 24, 14)));
        assertEquals("incubation.call.windowOrder", wrongOrder.messageKey());
        DomainException noPlaces = assertThrows(
                DomainException.class,
                () -> calls.open(
                        scene.incubator,
                        new IntakeCall.Terms("Nobody", null, now, now.plus(Duration.ofDays(3)), -1, 24, 14)));
        assertEquals("incubation.call.capacityInvalid", noPlaces.messageKey());
    }
}
