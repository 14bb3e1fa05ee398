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
import org.greenhub.zone.domain.Zone;

/**
 * Test deployments only: a start-up in a zone record whose founder reads Vietnamese, a reserve call open today that
 * takes clean energy and requires a feasibility study ({@link ReserveDeclareFixtures#RULES}), a draft of the start-up's, and
 * another organisation's founder. Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/reserve-declare-scenario")
public class ReserveDeclareScenarioServlet extends HttpServlet {

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ZoneFixtures zones;

    @Inject
    ReserveDeclareFixtures reserve;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long owner = people.person("Nguyen Thi Lan", Language.VIETNAMESE, Role.APPLICANT);
        long outsider = people.person("Other founder", Language.ENGLISH, Role.APPLICANT);
        judging.activate(owner);
        judging.activate(outsider);
        long organisation =
                competitions.startUp("Mặt Trời Xanh", TestTime.today().minusYears(2), "solar power", owner);
        long otherOrganisation =
                competitions.startUp("Other Works", TestTime.today().minusYears(2), "wind power", outsider);
        String tag = TestData.unique("");
        Zone zone = zones.zone("Green Valley Park " + tag, "绿谷园区" + tag);
        zones.placeIn(organisation, zone.getId());
        long call = reserve.openCall("Green project reserve 2026", ReserveDeclareFixtures.RULES);
        long draft = reserve.draft(organisation, call, ReserveDeclareFixtures.solarRoofs("Mái nhà xanh (nháp)"));
        String json = Json.createObjectBuilder()
                .add("owner", people.email(owner))
                .add("outsider", people.email(outsider))
                .add("password", JudgingFixtures.PASSWORD)
                .add("organisationId", organisation)
                .add("otherOrganisationId", otherOrganisation)
                .add("zoneCode", zone.getCode())
                .add("callId", call)
                .add("draftId", draft)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
