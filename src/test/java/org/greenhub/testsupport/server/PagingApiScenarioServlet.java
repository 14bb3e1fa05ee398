package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greenhub.account.domain.Role;
import org.greenhub.alliance.application.MembershipService;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.incubation.application.IntakeApplications;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: the scene of the paging tests of the per-person API lists. A founder of three start-ups of
 * their own, each of which applied to one open intake call and to one alliance, and of a fourth start-up they left
 * yesterday (not theirs any more: no list of theirs may count it); a second founder with one start-up, one application
 * and one membership (rows the first founder's lists must not count either). Everyone signs in with
 * {@link JudgingFixtures#PASSWORD}. Answers the accounts and the first founder's organisation, application and
 * membership ids, in the order they were made.
 */
@WebServlet("/test-support/paging-api-scenario")
public class PagingApiScenarioServlet extends HttpServlet {

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
    AllianceFixtures alliances;

    @Inject
    MembershipService memberships;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long manager = people.person("Paging Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long incubator = intake.incubator(TestData.unique("Paging Incubator"), manager);
        long call = intake.openCall(incubator, TestData.unique("Paging intake"), 10);

        long founder = people.person("Paging Founder", Language.ENGLISH, Role.APPLICANT);
        judging.activate(founder);
        AllianceFixtures.AllianceSetup alliance = alliances.alliance(TestData.unique("Paging Alliance"));
        JsonArrayBuilder organisations = Json.createArrayBuilder();
        JsonArrayBuilder made = Json.createArrayBuilder();
        JsonArrayBuilder joined = Json.createArrayBuilder();
        for (String name : new String[] {"Paging Solar", "Paging Wind", "Paging Water"}) {
            long startUp = intake.startUp(founder, name, 6, IntakeFixtures.ZONE, "clean energy equipment");
            organisations.add(startUp);
            made.add(apply(founder, call, startUp, name + " pilot"));
            joined.add(join(founder, alliance, startUp));
        }
        long left = intake.startUp(founder, "Paging Left", 6, IntakeFixtures.ZONE, "clean energy equipment");
        alliances.endAffiliations(founder, left);

        long other = people.person("Paging Other Founder", Language.ENGLISH, Role.APPLICANT);
        judging.activate(other);
        long otherStartUp = intake.startUp(other, "Paging Heat", 6, IntakeFixtures.ZONE, "heat recovery");
        apply(other, call, otherStartUp, "Paging Heat pilot");
        join(other, alliance, otherStartUp);

        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("founder", people.email(founder))
                        .add("other", people.email(other))
                        .add("organisations", organisations)
                        .add("applications", made)
                        .add("memberships", joined)
                        .add("password", JudgingFixtures.PASSWORD)
                        .build()
                        .toString());
    }

    /** The founder applies for the start-up to join the alliance as an ordinary member. */
    private long join(long founder, AllianceFixtures.AllianceSetup alliance, long startUp) {
        actingAs.user(founder);
        return memberships
                .apply(
                        alliance.allianceId(),
                        startUp,
                        alliance.categoryIds().get(3),
                        new Membership.Application(
                                "We build clean energy equipment for small workshops.",
                                new Membership.Contacts("office@example.test", "+86 512 6666 0000", true, false, true)))
                .getId();
    }

    private long apply(long founder, long call, long startUp, String project) {
        actingAs.user(founder);
        return applications
                .apply(new IntakeApplications.ApplicationForm(
                        call,
                        startUp,
                        TestData.unique(project),
                        "Clean heat and power for small workshops.",
                        GreenFocusArea.CLEAN_ENERGY,
                        false,
                        IntakeFixtures.metrics(),
                        "plan.pdf",
                        IntakeFixtures.PDF))
                .getId();
    }
}
