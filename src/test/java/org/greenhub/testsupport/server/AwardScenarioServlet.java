package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenhub.competition.award.application.AwardService;
import org.greenhub.competition.award.domain.AwardChangeKind;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: an edition with scored finalists (see {@link AwardFixtures}) taken to a stage for tests that
 * run outside the server. {@code ?stage=} judging (nothing proposed), proposed, published (provisional, notice
 * running), final (notice over, job run); {@code &revoke=true} has the third-placed start-up's award revoked after an
 * objection; {@code &lang=} is the applicants' language. {@code ?endNotice=competitionId} ends an existing result's notice
 * period and runs the finaliser. Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/award-scenario")
public class AwardScenarioServlet extends HttpServlet {

    static final byte[] EVIDENCE = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Inject
    AwardFixtures fixtures;

    @Inject
    AwardService awards;

    @Inject
    ActingAs actingAs;

    @Inject
    JudgingFixtures judging;

    @Inject
    EvaluationFixtures people;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("endNotice") != null) {
            // the notice period of an existing result runs out, and the finaliser runs once
            fixtures.endNotice(fixtures.resultOf(Long.parseLong(request.getParameter("endNotice"))));
            awards.finaliseDue();
            response.setContentType("application/json");
            response.getWriter().write("{}");
            return;
        }
        String stage = request.getParameter("stage") == null ? "published" : request.getParameter("stage");
        Language language = Language.fromTag(request.getParameter("lang")).orElse(Language.ENGLISH);
        List<CompetitionGroup> groups = List.of(
                CompetitionGroup.START_UP,
                CompetitionGroup.START_UP,
                CompetitionGroup.GROWTH,
                CompetitionGroup.START_UP,
                CompetitionGroup.START_UP,
                CompetitionGroup.GROWTH);
        AwardFixtures.Edition edition = fixtures.edition(groups, language);
        for (long id : List.of(edition.managerA(), edition.managerB(), edition.outsider(), edition.objector())) {
            judging.activate(id);
        }
        long resultId = 0;
        long objectionId = 0;
        if (!stage.equals("judging")) {
            actingAs.user(edition.managerA());
            resultId = awards.propose(edition.competitionId());
        }
        if (stage.equals("published") || stage.equals("final")) {
            actingAs.user(edition.managerB());
            awards.approve(resultId);
            awards.publish(resultId);
            if (Boolean.parseBoolean(request.getParameter("revoke"))) {
                long third = (Long) fixtures.awards(resultId).get(3)[0];
                actingAs.user(edition.objector());
                objectionId = awards.object(
                        third,
                        "Objector Real Name",
                        "The project was entered twice under two names.",
                        "e.pdf",
                        EVIDENCE);
                actingAs.user(edition.managerA());
                awards.recordInvestigation(objectionId, "Both entries were found in the records.");
                awards.uphold(objectionId, AwardChangeKind.REVOKED, null, "The same project was entered twice.");
            }
        }
        if (stage.equals("final")) {
            fixtures.endNotice(resultId);
            awards.finaliseDue();
        }
        JsonArrayBuilder awardIds = Json.createArrayBuilder();
        JsonArrayBuilder codes = Json.createArrayBuilder();
        if (resultId != 0) {
            for (Object[] a : fixtures.awards(resultId)) {
                awardIds.add((Long) a[0]);
                codes.add((String) a[4]);
            }
        }
        JsonArrayBuilder awardees = Json.createArrayBuilder();
        edition.awardees().forEach(awardees::add);
        String json = Json.createObjectBuilder()
                .add("competitionId", edition.competitionId())
                .add("roundId", edition.roundId())
                .add("resultId", resultId)
                .add("objectionId", objectionId)
                .add("evidenceFileId", objectionId == 0 ? 0 : fixtures.evidenceOf(objectionId))
                .add("awardIds", awardIds)
                .add("codes", codes)
                .add("awardees", awardees)
                .add("managerA", people.email(edition.managerA()))
                .add("managerB", people.email(edition.managerB()))
                .add("outsider", people.email(edition.outsider()))
                .add("objector", people.email(edition.objector()))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
