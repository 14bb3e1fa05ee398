package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.competition.award.application.AwardService;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: the scene of the managers' API. A published edition (open until ten days from now) managed
 * by {@code manager}, with another programme manager ({@code other}) who does not manage it, and an organiser for new
 * editions; an edition judging with scored finalists and tiers (see {@link AwardFixtures}) managed by {@code managerA}
 * and {@code managerB}, nothing proposed yet, with {@code outsider}, a programme manager of neither; read-only tokens
 * of {@code manager} and {@code managerA}; a third edition ({@code objectedId}) whose awards are published, with an
 * objection ({@code objectionId}) filed against its first award, managed by {@code objectedManager}. Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/competition-manage-api-scenario")
public class CompetitionManageApiScenarioServlet extends HttpServlet {

    @Inject
    CompetitionFixtures competitions;

    @Inject
    AwardFixtures awards;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    AccessTokenScenarioServlet.Tokens tokens;

    @Inject
    AwardService awardService;

    @Inject
    ActingAs actingAs;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long manager = people.person("Edition manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long other = people.person("Other edition manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long organiser = people.organisation("Zone committee");
        String base = TestData.unique("manage");
        long published = competitions.publishedCompetition(
                base, organiser, manager, TestTime.now().plus(Duration.ofDays(10)));
        AwardFixtures.Edition judged = awards.edition(
                List.of(CompetitionGroup.START_UP, CompetitionGroup.START_UP, CompetitionGroup.GROWTH),
                Language.ENGLISH);
        for (long id : List.of(manager, other, judged.managerA(), judged.managerB(), judged.outsider())) {
            judging.activate(id);
        }
        // a second edition whose awards are published, with an objection filed against its first award
        AwardFixtures.Edition objected = awards.edition(
                List.of(CompetitionGroup.START_UP, CompetitionGroup.START_UP, CompetitionGroup.GROWTH),
                Language.ENGLISH);
        actingAs.user(objected.managerA());
        long resultId = awardService.propose(objected.competitionId());
        actingAs.user(objected.managerB());
        awardService.approve(resultId);
        awardService.publish(resultId);
        actingAs.user(objected.objector());
        long objectionId = awardService.object(
                (Long) awards.awards(resultId).get(0)[0],
                "Objector Real Name",
                "The project was entered twice under two names.",
                "e.pdf",
                AwardScenarioServlet.EVIDENCE);
        judging.activate(objected.managerA());
        String managerRead =
                tokens.issue(manager, "Read", false, Set.of(), TestTime.today().plusDays(30), TestTime.now(), false);
        String managerARead = tokens.issue(
                judged.managerA(), "Read", false, Set.of(), TestTime.today().plusDays(30), TestTime.now(), false);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("base", base)
                        .add("publishedId", published)
                        .add("organiserId", organiser)
                        .add("judgingId", judged.competitionId())
                        .add("manager", people.email(manager))
                        .add("other", people.email(other))
                        .add("managerA", people.email(judged.managerA()))
                        .add("managerB", people.email(judged.managerB()))
                        .add("outsider", people.email(judged.outsider()))
                        .add("password", JudgingFixtures.PASSWORD)
                        .add("objectedId", objected.competitionId())
                        .add("objectionId", objectionId)
                        .add("objectedManager", people.email(objected.managerA()))
                        .add("managerReadToken", managerRead)
                        .add("managerAReadToken", managerARead)
                        .build()
                        .toString());
    }
}
