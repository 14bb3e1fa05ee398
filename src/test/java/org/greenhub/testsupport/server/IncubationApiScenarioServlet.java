package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.incubation.application.IntakeApplications;
import org.greenhub.incubation.application.IntakeDecisions;
import org.greenhub.incubation.domain.Decision;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: the scene of the incubation API tests. An incubator with four calls (open, a second open
 * one, closed, upcoming) and an unpublished fifth; a founder whose start-up applied to both open calls (the second
 * application admitted, its offer open) with a read-only and a writing token; another founder with an application of
 * their own; and an incubator with two residents and an outsider's residency elsewhere. Everyone signs in with
 * {@link JudgingFixtures#PASSWORD}. Answers the ids and accounts as JSON.
 */
@WebServlet("/test-support/incubation-api-scenario")
public class IncubationApiScenarioServlet extends HttpServlet {

    @Inject
    IntakeFixtures intake;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ActingAs actingAs;

    @Inject
    IntakeApplications applications;

    @Inject
    IntakeDecisions decisions;

    @Inject
    ResidencyFixtures residencies;

    @Inject
    AccessTokenScenarioServlet.Tokens tokens;

    @Inject
    Calls calls;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long manager = people.person("Intake API Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        judging.activate(manager);
        long incubator = intake.incubator(TestData.unique("API Incubator"), manager);
        long open = intake.openCall(incubator, TestData.unique("API open intake"), 3);
        long second = intake.openCall(incubator, TestData.unique("API second intake"), 3);
        long closed = calls.shift(intake.openCall(incubator, TestData.unique("API closed intake"), 3), -60);
        long upcoming = calls.shift(intake.openCall(incubator, TestData.unique("API upcoming intake"), 3), 60);
        long unpublished = calls.unpublish(intake.openCall(incubator, TestData.unique("API draft intake"), 3));

        long founder = people.person("API Founder", Language.ENGLISH, Role.APPLICANT);
        judging.activate(founder);
        long startUp = intake.startUp(founder, "API Solar", 6, IntakeFixtures.ZONE, "solar drying equipment");
        long application = apply(founder, open, startUp, "API Solar dryer");
        long offered = apply(founder, second, startUp, "API Solar dryer, second try");
        actingAs.user(manager);
        decisions.decide(
                offered,
                Decision.ADMIT,
                "Strong pilot.",
                decisions.requireManaged(offered).getVersion());

        long other = people.person("API Other Founder", Language.ENGLISH, Role.APPLICANT);
        judging.activate(other);
        long otherStartUp = intake.startUp(other, "API Heat", 6, IntakeFixtures.ZONE, "heat recovery");
        long othersApplication = apply(other, open, otherStartUp, "API Heat loop");

        ResidencyFixtures.Incubator house = residencies.incubator("API House");
        ResidencyFixtures.StartUp first = residencies.startUp("API Resident One", Language.ENGLISH);
        ResidencyFixtures.StartUp secondResident = residencies.startUp("API Resident Two", Language.ENGLISH);
        long residency = residencies.residency(house, first, LocalDate.of(2025, 7, 1));
        residencies.residency(house, secondResident, LocalDate.of(2025, 7, 1));
        ResidencyFixtures.Incubator elsewhere = residencies.incubator("API Elsewhere");
        ResidencyFixtures.StartUp outsider = residencies.startUp("API Outsider", Language.ENGLISH);
        long foreignResidency = residencies.residency(elsewhere, outsider, LocalDate.of(2025, 7, 1));

        LocalDate inAMonth = TestTime.today().plusDays(30);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("incubatorId", incubator)
                        .add("openCall", open)
                        .add("secondCall", second)
                        .add("closedCall", closed)
                        .add("upcomingCall", upcoming)
                        .add("unpublishedCall", unpublished)
                        .add("founder", people.email(founder))
                        .add("application", application)
                        .add("offered", offered)
                        .add("other", people.email(other))
                        .add("othersApplication", othersApplication)
                        .add("read", tokens.issue(founder, "Read", false, Set.of(), inAMonth, TestTime.now(), false))
                        .add("write", tokens.issue(founder, "Write", true, Set.of(), inAMonth, TestTime.now(), false))
                        .add("houseId", house.id())
                        .add("houseManager", house.managerEmail())
                        .add("residencyId", residency)
                        .add("resident", first.founderEmail())
                        .add("foreignResidencyId", foreignResidency)
                        .add("outsider", outsider.founderEmail())
                        .add("elsewhereManager", elsewhere.managerEmail())
                        .add("password", JudgingFixtures.PASSWORD)
                        .build()
                        .toString());
    }

    private long apply(long founder, long call, long startUp, String project) {
        actingAs.user(founder);
        return applications
                .apply(new IntakeApplications.ApplicationForm(
                        call,
                        startUp,
                        TestData.unique(project),
                        "Dries tea leaves with solar heat.",
                        GreenFocusArea.CLEAN_ENERGY,
                        false,
                        IntakeFixtures.metrics(),
                        "plan.pdf",
                        IntakeFixtures.PDF))
                .getId();
    }

    /** Moves calls in time and hides them, in the data (tests never wait for a window). */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Calls {

        @PersistenceContext
        EntityManager em;

        /** Moves the call's window by {@code days}: -60 has it closed a month ago, 60 opening in two months. */
        @Transactional
        public long shift(long callId, int days) {
            TestTime.nativeQuery(
                            em,
                            "update intake_call set opens_at = opens_at + make_interval(days => ?2),"
                                    + " closes_at = closes_at + make_interval(days => ?2) where id = ?1")
                    .setParameter(1, callId)
                    .setParameter(2, days)
                    .executeUpdate();
            return callId;
        }

        @Transactional
        public long unpublish(long callId) {
            TestTime.nativeQuery(em, "update intake_call set published = false where id = ?1")
                    .setParameter(1, callId)
                    .executeUpdate();
            return callId;
        }
    }
}
