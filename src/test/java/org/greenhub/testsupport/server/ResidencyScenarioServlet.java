package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ResidencyFixtures.Incubator;
import org.greenhub.testsupport.server.ResidencyFixtures.StartUp;

/**
 * Test deployments only: a residency as the intake helper's "accept offer" leaves it (started 1 July 2025, so
 * several quarters are due), with the incubator's manager and the start-up's founder able to sign in with
 * {@link JudgingFixtures#PASSWORD}. {@code ?evidence=true} attaches a PDF to the first report as the founder.
 * {@code ?bulk=N} instead builds a large incubator of N residents ({@link ResidencyFixtures#bulkIncubator}).
 * Answers the ids and accounts as JSON.
 */
@WebServlet("/test-support/residency-scenario")
public class ResidencyScenarioServlet extends HttpServlet {

    public static final String EVIDENCE_NAME = "Series A agreement – 绿色.pdf";

    @Inject
    ResidencyFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Inject
    org.greenhub.incubation.residency.application.ReportEvidenceService evidence;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("bulk") != null) {
            Incubator large = fixtures.bulkIncubator("PageBulk", Integer.parseInt(request.getParameter("bulk")));
            write(
                    response,
                    Json.createObjectBuilder()
                            .add("incubatorId", large.id())
                            .add("manager", large.managerEmail())
                            .add("password", JudgingFixtures.PASSWORD)
                            .build()
                            .toString());
            return;
        }
        Incubator incubator = fixtures.incubator("Journey");
        StartUp startUp = fixtures.startUp("Journey Start-up", Language.ENGLISH);
        long residency = fixtures.residency(incubator, startUp, LocalDate.of(2025, 7, 1));
        long firstReport = fixtures.reportIds(residency, "PERIODIC").get(0);
        long evidenceId = 0;
        if (Boolean.parseBoolean(request.getParameter("evidence"))) {
            actingAs.user(startUp.founderId());
            evidenceId = evidence.attach(
                    firstReport,
                    org.greenhub.incubation.residency.domain.EvidencePurpose.INVESTMENT_AGREEMENT,
                    EVIDENCE_NAME,
                    "%PDF-1.4 residency evidence".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        String json = Json.createObjectBuilder()
                .add("incubatorId", incubator.id())
                .add("incubator", incubator.name())
                .add("residencyId", residency)
                .add("firstReportId", firstReport)
                .add("evidenceId", evidenceId)
                .add("organisation", startUp.name())
                .add("founder", startUp.founderEmail())
                .add("manager", incubator.managerEmail())
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        write(response, json);
    }

    private static void write(HttpServletResponse response, String json) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
