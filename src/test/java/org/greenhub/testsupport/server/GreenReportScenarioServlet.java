package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test deployments only: {@link GreenReportFixtures#scene} (a zone with two administrators and an enterprise whose
 * last two years are accepted), as JSON. Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/green-report-scenario")
public class GreenReportScenarioServlet extends HttpServlet {

    @Inject
    GreenReportFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GreenReportFixtures.Scene s = fixtures.scene("Report journey");
        String json = Json.createObjectBuilder()
                .add("zoneId", s.zone().getId())
                .add("zoneCode", s.zone().getCode())
                .add("year", s.year())
                .add("author", fixtures.email(s.author()))
                .add("second", fixtures.email(s.second()))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
