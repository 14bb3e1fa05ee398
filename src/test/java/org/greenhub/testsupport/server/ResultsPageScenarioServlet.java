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
import java.util.stream.IntStream;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.application.ScoreImportService;

/**
 * Test deployments only: a round for the manager's results page over HTTP, and changes to its scores.
 * <ul>
 *   <li>{@code ?entries=N&judges=J&scoredBy=K}: a round whose window is over, with N entries and J judges assigned to
 *       every entry ({@code &over=false}: a round still open for scoring), the first K judges' sheets imported (entry i: tech {@code i % 11}, green {@code i / 11}, the other
 *       criteria the same for all, so no two entries tie); answers the round, the manager (who signs in with
 *       {@link JudgingFixtures#PASSWORD}), the references and the judges' e-mails.
 *   <li>{@code ?round=R&manager=ID&entry=REF&judge=EMAIL&tech=T&green=G}: the manager imports one more sheet.
 *   <li>{@code ?round=R&manager=ID&reopen=JUDGE_ID&subject=SUBJECT_ID}: the manager reopens that judge's sheet of the subject (it
 *       leaves the results).
 * </ul>
 */
@WebServlet("/test-support/results-page-scenario")
public class ResultsPageScenarioServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ScoringFixtures fixtures;

    @Inject
    JudgingFixtures judging;

    @Inject
    ScoreImportService imports;

    @Inject
    JudgeScoring scoring;

    @Inject
    ActingAs actingAs;

    @Inject
    EvaluationFixtures people;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String json;
        if (request.getParameter("round") == null) {
            json = create(
                    Integer.parseInt(request.getParameter("entries")),
                    Integer.parseInt(request.getParameter("judges")),
                    Integer.parseInt(request.getParameter("scoredBy")),
                    !"false".equals(request.getParameter("over")));
        } else {
            long round = Long.parseLong(request.getParameter("round"));
            actingAs.user(Long.parseLong(request.getParameter("manager")));
            if (request.getParameter("reopen") != null) {
                long sheet = fixtures.sheetId(
                        round,
                        Long.parseLong(request.getParameter("subject")),
                        Long.parseLong(request.getParameter("reopen")));
                scoring.reopen(sheet, "The judge asked to correct a score.");
            } else {
                StringBuilder csv = new StringBuilder("entry,judge,criterion,score\n");
                sheet(
                        csv,
                        request.getParameter("entry"),
                        request.getParameter("judge"),
                        Integer.parseInt(request.getParameter("tech")),
                        Integer.parseInt(request.getParameter("green")));
                imports.importSheets(round, csv.toString().getBytes(StandardCharsets.UTF_8));
            }
            json = "{}";
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }

    private String create(int entries, int judges, int scoredBy, boolean over) {
        String suffix = TestData.unique("r").replaceAll("[^A-Za-z0-9]", "");
        List<String> references = IntStream.range(0, entries)
                .mapToObj(i -> String.format("R%04d-%s", i, suffix))
                .toList();
        ScoringFixtures.Fixture f = fixtures.create(
                over
                        ? ScoringFixtures.Spec.of(references, judges).over()
                        : ScoringFixtures.Spec.of(references, judges));
        judging.activate(f.managerId());
        actingAs.user(f.managerId());
        StringBuilder csv = new StringBuilder("entry,judge,criterion,score\n");
        for (int j = 0; j < scoredBy; j++) {
            for (int i = 0; i < entries; i++) {
                sheet(csv, references.get(i), f.judgeEmails().get(j), i % 11, i / 11);
            }
        }
        if (scoredBy > 0) {
            imports.importSheets(f.roundId(), csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        return Json.createObjectBuilder()
                .add("roundId", f.roundId())
                .add("managerId", f.managerId())
                .add("manager", people.email(f.managerId()))
                .add("password", JudgingFixtures.PASSWORD)
                .add("references", Json.createArrayBuilder(references))
                .add("judges", Json.createArrayBuilder(f.judgeEmails()))
                .add("subjectIds", Json.createArrayBuilder(f.subjectIds()))
                .add("judgeIds", Json.createArrayBuilder(f.judgeIds()))
                .build()
                .toString();
    }

    /** One judge's whole sheet for an entry: every criterion of the fixtures' rubric. */
    private static void sheet(StringBuilder csv, String entry, String judge, int tech, int green) {
        for (String[] value : new String[][] {
            {"tech", Integer.toString(tech)},
            {"market", "5"},
            {"team", "3"},
            {"green", Integer.toString(green)},
            {"finance", "10"}
        }) {
            csv.append(entry)
                    .append(',')
                    .append(judge)
                    .append(',')
                    .append(value[0])
                    .append(',')
                    .append(value[1])
                    .append('\n');
        }
    }
}
