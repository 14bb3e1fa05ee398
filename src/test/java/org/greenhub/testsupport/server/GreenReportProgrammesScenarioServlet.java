package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.zone.application.GreenReports;
import org.greenhub.zone.domain.GreenReportTexts;

/**
 * Test deployments only: {@link GreenReportFixtures#scene} with the programmes' results of the report's year (an
 * award whose entry declared 2,000 MWh saved and 800 t avoided, a resident at the zone's incubator, a listed project of
 * the zone that raised 3,000,000 yuan), and the year's report written and sent for review by the author, as JSON.
 */
@WebServlet("/test-support/green-report-programmes-scenario")
public class GreenReportProgrammesScenarioServlet extends HttpServlet {

    @Inject
    GreenReportFixtures fixtures;

    @Inject
    ZoneProgrammeFixtures programmes;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    ReserveFixtures reserve;

    @Inject
    ReserveFinancingFixtures financing;

    @Inject
    EvaluationFixtures people;

    @Inject
    GreenReports reports;

    @Inject
    ActingAs actingAs;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GreenReportFixtures.Scene s = fixtures.scene("Programmes journey");
        long manager = people.person("Programmes journey manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long operator = people.organisation(TestData.unique("Programmes journey operator"));
        long edition = competitions.publishedCompetition(
                TestData.unique("journey-cup").toLowerCase(), operator, manager, TestTime.now());
        programmes.closesIn(edition, s.year());
        long entry = programmes.entry(edition, s.organisation(), s.filer(), "AWARDED");
        programmes.greenFigures(entry, "2000", "800");
        programmes.result(edition, manager, "FINAL", s.year(), "ACTIVE", entry);
        long incubator = programmes.incubator(s.zone().getId(), operator, "GREEN_PROFESSIONAL_INCUBATOR", s.year());
        programmes.residency(incubator, s.organisation(), LocalDate.of(s.year(), 2, 1), null);
        long project = reserve.listedOn(
                s.organisation(),
                reserve.standingCall(),
                ReserveFixtures.Project.of(TestData.unique("Journey solar"))
                        .zone(s.zone().getCode()),
                Grade.A,
                LocalDate.of(s.year(), 2, 1));
        financing.financed(
                project,
                FinancingInstrument.GREEN_BOND,
                "3000000",
                people.organisation(TestData.unique("Journey bank")),
                LocalDate.of(s.year(), 4, 1));

        actingAs.user(s.author());
        long id = reports.start(s.zone().getId(), s.year());
        reports.submit(
                id,
                GreenReportTexts.of(
                        "The park's start-ups won awards and raised green financing.",
                        "园区初创企业获奖并获得绿色融资。",
                        null,
                        null,
                        "Emissions per unit of value added fell.",
                        "单位工业增加值二氧化碳排放量下降。",
                        "การปล่อยก๊าซต่อหน่วยมูลค่าเพิ่มลดลง",
                        null,
                        "More rooftop solar.",
                        "推广屋顶光伏。",
                        null,
                        null));
        String json = Json.createObjectBuilder()
                .add("zoneCode", s.zone().getCode())
                .add("year", s.year())
                .add("reportId", id)
                .add("second", fixtures.email(s.second()))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
