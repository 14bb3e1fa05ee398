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
import java.util.List;
import java.util.Set;
import org.greenhub.testsupport.server.ScoringFixtures.Fixture;
import org.greenhub.testsupport.server.ScoringFixtures.Spec;

/**
 * Test deployments only: the judging API's scene. An open round with published assignments and two entries; judge 0
 * is assigned to both, judge 1 too but declared a conflict with the first; an outsider judge holds no assignment.
 * Judge 0 also holds an assignment in a second round whose assignments are not published yet. Answers the sheet
 * (assignment) ids, the accounts (password {@link JudgingFixtures#PASSWORD}) and a read-only token of judge 0.
 */
@WebServlet("/test-support/judging-api-scenario")
public class JudgingApiScenarioServlet extends HttpServlet {

    @Inject
    ScoringFixtures scoring;

    @Inject
    JudgingFixtures judging;

    @Inject
    EvaluationFixtures people;

    @Inject
    AccessTokenScenarioServlet.Tokens tokens;

    @Inject
    Sheets sheets;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = TestData.unique("JA").toUpperCase().replace("-", "");
        Fixture f = scoring.create(Spec.of(List.of(prefix + "-1", prefix + "-2"), 2));
        long judge = f.judgeIds().get(0);
        long conflicted = f.judgeIds().get(1);
        long first = f.subjectIds().get(0);
        long second = f.subjectIds().get(1);
        judging.declareConflict(conflicted, first);
        long outsider = scoring.outsideJudge();
        Fixture hidden = scoring.create(Spec.of(List.of(prefix + "-H"), 1).unpublished());
        judging.assign(hidden.roundId(), hidden.subjectIds().get(0), judge);
        for (long id : List.of(judge, conflicted, outsider)) {
            judging.activate(id);
        }
        String read =
                tokens.issue(judge, "Read", false, Set.of(), TestTime.today().plusDays(30), TestTime.now(), false);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("roundId", f.roundId())
                        .add("hiddenRoundId", hidden.roundId())
                        .add("reference", f.references().get(0))
                        .add("secondReference", f.references().get(1))
                        .add("title", judging.title(first))
                        .add("firstSheet", sheets.of(f.roundId(), first, judge))
                        .add("secondSheet", sheets.of(f.roundId(), second, judge))
                        .add("conflictedSheet", sheets.of(f.roundId(), first, conflicted))
                        .add("conflictedSecondSheet", sheets.of(f.roundId(), second, conflicted))
                        .add(
                                "hiddenSheet",
                                sheets.of(hidden.roundId(), hidden.subjectIds().get(0), judge))
                        .add("judge", f.judgeEmails().get(0))
                        .add("conflictedJudge", f.judgeEmails().get(1))
                        .add("outsider", people.email(outsider))
                        .add("password", JudgingFixtures.PASSWORD)
                        .add("readToken", read)
                        .build()
                        .toString());
    }

    /** The API names a judge's sheet by its assignment. */
    @ApplicationScoped
    public static class Sheets {

        @PersistenceContext
        EntityManager em;

        @Transactional
        public long of(long roundId, long subjectId, long judgeId) {
            return em.createQuery(
                            "select a.id from Assignment a where a.round.id = :r and a.subject.id = :s "
                                    + "and a.judge.id = :j",
                            Long.class)
                    .setParameter("r", roundId)
                    .setParameter("s", subjectId)
                    .setParameter("j", judgeId)
                    .getSingleResult();
        }
    }
}
