package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: a competition manager (Chinese) whose edition has one award winner, a start-up whose
 * founder reads Vietnamese, and a reserve call open today. Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/reserve-nomination-scenario")
public class ReserveNominationScenarioServlet extends HttpServlet {

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ReserveDeclareFixtures reserve;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long manager = people.person("Cup manager", Language.CHINESE, Role.PROGRAMME_MANAGER);
        long founder = people.person("Pham Van An", Language.VIETNAMESE, Role.APPLICANT);
        judging.activate(manager);
        judging.activate(founder);
        long startUp = competitions.startUp("Kho Lạnh Xanh", TestTime.today().minusYears(2), "cold chain", founder);
        long[] won = reserve.awardWinningEntry(startUp, founder, manager, "Kho lạnh năng lượng mặt trời");
        long call = reserve.openCall("Nomination reserve", ReserveDeclareFixtures.RULES);
        String json = Json.createObjectBuilder()
                .add("manager", people.email(manager))
                .add("founder", people.email(founder))
                .add("password", JudgingFixtures.PASSWORD)
                .add("competitionId", won[0])
                .add("callId", call)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
