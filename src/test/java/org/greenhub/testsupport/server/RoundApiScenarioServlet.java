package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.greenhub.account.domain.ApiArea;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.application.ScoreImportService;
import org.greenhub.testsupport.server.ScoringFixtures.Fixture;
import org.greenhub.testsupport.server.ScoringFixtures.Spec;

/**
 * Test deployments only: the managers' round API's scene. An open round with entries A, B and C and three judges;
 * the scores are imported so that A leads under the mean and B under the median (judge 0 rates A far above the
 * others and B far below), judge 2 has no sheet for C and declared a conflict with it. A second round belongs to a
 * competition ("Cup round-api-cup", set in Asia/Shanghai) that another manager runs; a third, unpublished, has one panel of two judges and no assignments yet, for the
 * automatic plan (its manager is {@code plannedManager}). Answers the ids, references, accounts (password {@link JudgingFixtures#PASSWORD}) and three of the
 * manager's tokens: read-only, read-and-change, and one limited to the competition area.
 */
@WebServlet("/test-support/round-api-scenario")
public class RoundApiScenarioServlet extends HttpServlet {

    /** Values per judge for tech, market, team, green, finance (scales 0-10, 0-10, 1-5, 0-100, 0-20). */
    private static final int[] TOP = {10, 10, 5, 100, 20};

    private static final int[] MIDDLE = {5, 5, 3, 50, 10};
    private static final int[] LOW = {3, 3, 2, 30, 6};
    private static final int[] HIGH = {8, 8, 4, 80, 16};
    private static final int[] WEAK = {4, 4, 2, 40, 8};
    private static final List<String> CRITERIA = List.of("tech", "market", "team", "green", "finance");

    @Inject
    ScoringFixtures scoring;

    @Inject
    JudgingFixtures judging;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Inject
    ScoreImportService imports;

    @Inject
    RoundSetupService setup;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    AccessTokenScenarioServlet.Tokens tokens;

    @Inject
    Rounds rounds;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = TestData.unique("RA").toUpperCase().replace("-", "");
        List<String> references = List.of(prefix + "-A", prefix + "-B", prefix + "-C");
        Fixture f = scoring.create(Spec.of(references, 3));
        actingAs.user(f.managerId());
        List<String> judges = f.judgeEmails();
        StringBuilder csv = new StringBuilder("entry,judge,criterion,score\n");
        sheet(csv, references.get(0), judges.get(0), TOP);
        sheet(csv, references.get(0), judges.get(1), MIDDLE);
        sheet(csv, references.get(0), judges.get(2), MIDDLE);
        sheet(csv, references.get(1), judges.get(0), LOW);
        sheet(csv, references.get(1), judges.get(1), HIGH);
        sheet(csv, references.get(1), judges.get(2), HIGH);
        sheet(csv, references.get(2), judges.get(0), WEAK);
        sheet(csv, references.get(2), judges.get(1), WEAK);
        imports.importSheets(f.roundId(), csv.toString().getBytes(StandardCharsets.UTF_8));
        judging.declareConflict(f.judgeIds().get(2), f.subjectIds().get(2));

        Fixture others = scoring.create(Spec.of(List.of(prefix + "-X"), 1));
        long competition = competitions.publishedCompetition(
                "round-api-cup",
                people.organisation(TestData.unique("Zone committee")),
                others.managerId(),
                TestTime.now().plus(java.time.Duration.ofDays(3)));
        rounds.programme(others.roundId(), "competition:" + competition);

        Fixture planned = scoring.create(
                Spec.of(List.of(prefix + "-P1", prefix + "-P2"), 2).unpublished());
        rounds.withoutAssignments(planned.roundId());
        long panel = setup.createPanel(planned.roundId(), "Panel " + prefix, null, null)
                .getId();
        for (long judge : planned.judgeIds()) {
            setup.addJudge(panel, judge);
        }

        for (long id : List.of(
                f.managerId(),
                others.managerId(),
                planned.managerId(),
                f.judgeIds().get(0))) {
            judging.activate(id);
        }
        String read = tokens.issue(
                f.managerId(), "Read", false, Set.of(), TestTime.today().plusDays(30), TestTime.now(), false);
        String write = tokens.issue(
                f.managerId(), "Write", true, Set.of(), TestTime.today().plusDays(30), TestTime.now(), false);
        String competitionOnly = tokens.issue(
                f.managerId(),
                "Competitions",
                true,
                Set.of(ApiArea.COMPETITION),
                TestTime.today().plusDays(30),
                TestTime.now(),
                false);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("roundId", f.roundId())
                        .add("programmeKey", f.programmeKey())
                        .add("otherRoundId", others.roundId())
                        .add("plannedRoundId", planned.roundId())
                        .add("a", references.get(0))
                        .add("b", references.get(1))
                        .add("c", references.get(2))
                        .add("manager", people.email(f.managerId()))
                        .add("otherManager", people.email(others.managerId()))
                        .add("plannedManager", people.email(planned.managerId()))
                        .add("judge", judges.get(0))
                        .add("judgeName", "Judge 02")
                        .add("password", JudgingFixtures.PASSWORD)
                        .add("readToken", read)
                        .add("writeToken", write)
                        .add("competitionToken", competitionOnly)
                        .build()
                        .toString());
    }

    private static void sheet(StringBuilder csv, String entry, String judge, int[] values) {
        for (int i = 0; i < CRITERIA.size(); i++) {
            csv.append(entry)
                    .append(',')
                    .append(judge)
                    .append(',')
                    .append(CRITERIA.get(i))
                    .append(',')
                    .append(values[i])
                    .append('\n');
        }
    }

    /** What the scene changes directly in the engine's tables. */
    @ApplicationScoped
    public static class Rounds {

        @PersistenceContext
        EntityManager em;

        /** Hands the round to another programme. */
        @Transactional
        public void programme(long roundId, String programmeKey) {
            em.createNativeQuery("update evaluation_round set programme_key = ?1 where id = ?2")
                    .setParameter(1, programmeKey)
                    .setParameter(2, roundId)
                    .executeUpdate();
            em.getEntityManagerFactory().getCache().evictAll();
        }

        /** Leaves the round without any assignment, as before its first plan. */
        @Transactional
        public void withoutAssignments(long roundId) {
            em.createNativeQuery("delete from assignment where round_id = ?1")
                    .setParameter(1, roundId)
                    .executeUpdate();
            em.getEntityManagerFactory().getCache().evictAll();
        }
    }
}
