package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenhub.testsupport.server.ScoringFixtures.Fixture;
import org.greenhub.testsupport.server.ScoringFixtures.Spec;

/**
 * Test deployments only (this package is added to the WAR by the tests): builds a judging scenario for tests that run
 * outside the server (HTTP, browser) and answers its ids and accounts as JSON. Two entries in an open round with
 * published assignments; judge 0 is assigned to both, judge 1 too but declared a conflict with the first entry; an
 * outsider judge holds no assignment; every account signs in with {@link JudgingFixtures#PASSWORD}. The first entry
 * has one document. {@code ?blind=true} makes the round blind,
 * {@code ?over=true} puts its window in the past.
 */
@WebServlet("/test-support/judging-scenario")
public class JudgingScenarioServlet extends HttpServlet {

    public static final String DOCUMENT_NAME = "Business plan – 绿色 \"final\".pdf";
    /**
     * A valid one-page PDF (its cross-reference offsets are exact): Chromium's viewer shows it in the form's preview.
     * A broken one made the viewer open an error dialog whose button took the focus while a test was typing a score.
     */
    public static final byte[] DOCUMENT = ("%PDF-1.4\n"
                    + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                    + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                    + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>\nendobj\n"
                    + "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \n"
                    + "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n186\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    ScoringFixtures scoring;

    @Inject
    JudgingFixtures judging;

    @Inject
    EvaluationFixtures people;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = TestData.unique("JS").toUpperCase().replace("-", "");
        Spec spec = Spec.of(List.of(prefix + "-1", prefix + "-2"), 2);
        Fixture f = scoring.create(Boolean.parseBoolean(request.getParameter("over")) ? spec.over() : spec);
        long outsider = scoring.outsideJudge();
        long judge = f.judgeIds().get(0);
        long conflicted = f.judgeIds().get(1);
        long first = f.subjectIds().get(0);
        judging.declareConflict(conflicted, first);
        judging.describeCriteria(f.roundId());
        if (Boolean.parseBoolean(request.getParameter("blind"))) {
            judging.blind(f.roundId());
        }
        if (Boolean.parseBoolean(request.getParameter("codes"))) {
            judging.codes(f.subjectIds().get(1), "CLEAN_ENERGY", "START_UP");
        }
        long document = judging.document(first, "Business plan", DOCUMENT_NAME, "application/pdf", DOCUMENT);
        for (long id : List.of(judge, conflicted, outsider, f.managerId())) {
            judging.activate(id);
        }
        String json = Json.createObjectBuilder()
                .add("roundId", f.roundId())
                .add("subjectId", first)
                .add("secondSubjectId", f.subjectIds().get(1))
                .add("reference", f.references().get(0))
                .add("secondReference", f.references().get(1))
                .add("title", judging.title(first))
                .add("organisation", judging.organisationName(first))
                .add("documentId", document)
                .add("judgeId", judge)
                .add("judge", f.judgeEmails().get(0))
                .add("conflictedJudge", f.judgeEmails().get(1))
                .add("outsider", people.email(outsider))
                .add("manager", people.email(f.managerId()))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
