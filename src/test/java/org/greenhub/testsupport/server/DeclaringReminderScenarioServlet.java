package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.domain.Zone;

/**
 * Test deployments only: a zone with an enterprise (its founder reads Thai) that has not declared last year, whose
 * deadline is fourteen days from today in Shanghai: the scheduled declaring reminder job owes it exactly one
 * reminder now (for the cluster test, where two nodes run that job).
 */
@WebServlet("/test-support/declaring-reminder-scenario")
public class DeclaringReminderScenarioServlet extends HttpServlet {

    @Inject
    EvaluationFixtures people;

    @Inject
    ZoneFixtures zones;

    @Inject
    ZoneImportFixtures enterprises;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long reviewer = people.person("Reminder reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        String tag = TestData.unique("");
        Zone zone = zones.administeredZone("Reminder Park " + tag, "提醒园区" + tag, reviewer);
        ZoneImportFixtures.Enterprise silent = enterprises.enterprise("Silent Works", Language.THAI, zone.getId());
        int year = TestTime.year() - 1;
        LocalDate today = LocalDate.ofInstant(TestTime.now(), ZoneId.of("Asia/Shanghai"));
        enterprises.deadline(zone.getId(), year, today.plusDays(14));
        String json = Json.createObjectBuilder()
                .add("zoneId", zone.getId())
                .add("year", year)
                .add("enterprise", silent.email())
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
