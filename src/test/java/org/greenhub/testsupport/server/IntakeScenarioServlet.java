package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.Role;
import org.greenhub.evaluation.application.AssignmentService;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.Panel;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.incubation.application.IntakeScreening;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: the intake journey's scene for browser tests. {@code POST} without parameters builds an
 * incubator managed by a new programme manager, a published open call with two places, a founder of a young start-up
 * in the zone and three judges, all signing in with {@link JudgingFixtures#PASSWORD}. {@code ?step=score&call=ID&manager=ID&judges=ID,ID,ID}
 * lets the committee do its part on the call's newest screening round (panel of the three judges, automatic
 * assignment, publication, opening, every judge submits 8 on every criterion).
 */
@WebServlet("/test-support/intake-scenario")
public class IntakeScenarioServlet extends HttpServlet {

    @Inject
    IntakeFixtures intake;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ActingAs actingAs;

    @Inject
    IntakeScreening screening;

    @Inject
    RoundSetupService rounds;

    @Inject
    AssignmentService assignments;

    @Inject
    JudgeScoring scoring;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String json = "score".equals(request.getParameter("step"))
                ? score(
                        Long.parseLong(request.getParameter("call")),
                        Long.parseLong(request.getParameter("manager")),
                        java.util.Arrays.stream(request.getParameter("judges").split(","))
                                .map(Long::valueOf)
                                .toList())
                : scene();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }

    private String scene() {
        long manager = people.person("Incubator Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long founder = people.person("Founder Lin", Language.ENGLISH, Role.APPLICANT);
        String incubatorName = TestData.unique("Green Valley Incubator");
        long incubator = intake.incubator(incubatorName, manager);
        String callTitle = TestData.unique("Clean energy intake");
        long call = intake.openCall(incubator, callTitle, 2);
        String startUp = TestData.unique("Solar Dry");
        long organisation = intake.startUp(founder, startUp, 6, IntakeFixtures.ZONE, "solar drying equipment");
        var judges = Json.createArrayBuilder();
        var judgeEmails = Json.createArrayBuilder();
        for (int i = 1; i <= 3; i++) {
            long judge = people.person("Intake Judge " + i, Language.ENGLISH, Role.JUDGE);
            judging.activate(judge);
            judges.add(judge);
            judgeEmails.add(people.email(judge));
        }
        judging.activate(manager);
        judging.activate(founder);
        return Json.createObjectBuilder()
                .add("manager", people.email(manager))
                .add("managerId", manager)
                .add("founder", people.email(founder))
                .add("incubator", incubatorName)
                .add("incubatorId", incubator)
                .add("call", call)
                .add("callTitle", callTitle)
                .add("organisationId", organisation)
                .add("judges", judges)
                .add("judgeEmails", judgeEmails)
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
    }

    private String score(long call, long manager, List<Long> judges) {
        actingAs.user(manager);
        List<IntakeScreening.RoundLine> lines = screening.roundsOf(call);
        long round = lines.get(lines.size() - 1).id();
        Panel panel = rounds.createPanel(round, "Committee", null, null);
        for (long judge : judges) {
            rounds.addJudge(panel.getId(), judge);
        }
        assignments.apply(round, 1);
        assignments.publish(round);
        rounds.open(round, rounds.view(round).getVersion());
        List<EvaluationSubject> subjects = rounds.entries(round);
        Map<String, SheetValue> values = Map.of(
                "technology",
                new SheetValue(BigDecimal.valueOf(8), null),
                "business",
                new SheetValue(BigDecimal.valueOf(8), null),
                "market",
                new SheetValue(BigDecimal.valueOf(8), null),
                "team",
                new SheetValue(BigDecimal.valueOf(8), null),
                "green",
                new SheetValue(BigDecimal.valueOf(8), null));
        int sheets = 0;
        for (long judge : judges) {
            for (EvaluationSubject subject : subjects) {
                scoring.submit(judge, round, subject.getId(), values, "Convincing pilot results.");
                sheets++;
            }
        }
        return Json.createObjectBuilder()
                .add("round", round)
                .add("sheets", sheets)
                .build()
                .toString();
    }
}
