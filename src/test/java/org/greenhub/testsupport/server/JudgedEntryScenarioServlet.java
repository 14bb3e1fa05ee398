package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test deployments only: builds {@link JudgedEntryFixtures}' entry under judging ({@code ?blind=true} for a blind
 * round, {@code &open=true} for a round open for scoring) and answers its ids, texts and accounts as JSON, for tests that check the pages over HTTP. Every account signs
 * in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/judged-entry-scenario")
public class JudgedEntryScenarioServlet extends HttpServlet {

    @Inject
    JudgedEntryFixtures scenes;

    @Inject
    JudgingFixtures judging;

    @Inject
    EvaluationFixtures people;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JudgedEntryFixtures.Scene scene = scenes.create(
                Boolean.parseBoolean(request.getParameter("blind")),
                Boolean.parseBoolean(request.getParameter("open")));
        for (long id : new long[] {scene.manager(), scene.owner(), scene.judge(), scene.secondJudge()}) {
            judging.activate(id);
        }
        String json = Json.createObjectBuilder()
                .add("entryId", scene.entryId())
                .add("reference", scene.reference())
                .add("title", scene.title())
                .add("organisation", scene.organisation())
                .add("founded", scene.founded().toString())
                .add("attachmentId", scene.attachmentId())
                .add("roundId", scene.roundId())
                .add("subjectId", scene.subjectId())
                .add("manager", people.email(scene.manager()))
                .add("owner", people.email(scene.owner()))
                .add("judge", people.email(scene.judge()))
                .add("secondJudge", people.email(scene.secondJudge()))
                .add("otherSubjectId", scene.otherSubjectId())
                .add("otherTitle", scene.otherTitle())
                .add("otherReference", scene.otherReference())
                .add("imageAttachmentId", scene.imageAttachmentId())
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
