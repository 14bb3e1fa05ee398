package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.greenhub.testsupport.server.ScoringFixtures.Fixture;
import org.greenhub.testsupport.server.ScoringFixtures.Spec;

/**
 * Test deployments only: the judge's pages at the load harness's size, for measuring what they weigh. One open round
 * with a six-criterion rubric (names and guidance) and {@code ?entries=} entries (50 unless given), all assigned to
 * one judge, who signs in with {@link JudgingFixtures#PASSWORD}; answers the round, the first entry and the judge.
 */
@WebServlet("/test-support/judge-pages-scenario")
public class JudgePagesScenarioServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ScoringFixtures scoring;

    @Inject
    JudgingFixtures judging;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String given = request.getParameter("entries");
        int entries = given == null ? 50 : Integer.parseInt(given);
        String prefix = TestData.unique("JP").toUpperCase().replace("-", "");
        List<String> references = IntStream.rangeClosed(1, entries)
                .mapToObj(i -> String.format("%s-%03d", prefix, i))
                .toList();
        Fixture f = scoring.create(Spec.of(references, 1));
        judging.describeCriteria(f.roundId());
        judging.addCriterion(f.roundId(), "impact", "Social impact", "Jobs, skills and the local community.");
        long judge = f.judgeIds().get(0);
        judging.activate(judge);
        String json = Json.createObjectBuilder()
                .add("roundId", f.roundId())
                .add("subjectId", f.subjectIds().get(0))
                .add("reference", f.references().get(0))
                .add("judge", f.judgeEmails().get(0))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
