package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;
import org.greenhub.account.domain.ApiArea;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.GreenCategory;

/**
 * Test deployments only: the owners' reserve API's scene. An owner's organisation with two drafts (stage PILOT) and a
 * project listed two months ago (stage CONSTRUCTION) with one financing part of 300,000 yuan, in a call that takes
 * every category and requires no evidence; another founder with a draft of their own organisation; the owner's
 * read-only token and a read-and-change token limited to competitions. Every account signs in with
 * {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/reserve-owner-api-scenario")
public class ReserveOwnerApiScenarioServlet extends HttpServlet {

    @Inject
    ReserveFinancingFixtures financing;

    @Inject
    ReserveDeclareFixtures declaring;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    AccessTokenScenarioServlet.Tokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReserveFinancingFixtures.Scene scene = financing.scene(Language.ENGLISH);
        long listed = financing.listedProject(
                scene,
                "Listed rooftop solar",
                GreenCategory.CLEAN_ENERGY,
                "800000",
                Set.of(FinancingInstrument.GREEN_LOAN),
                new Benefits(new BigDecimal("420"), new BigDecimal("600"), null, null),
                TestTime.today().minusMonths(2));
        financing.financed(
                listed,
                FinancingInstrument.GREEN_LOAN,
                "300000",
                scene.funderId(),
                TestTime.today().minusMonths(1));
        long first = declaring.draft(
                scene.organisationId(),
                scene.callId(),
                ReserveDeclareFixtures.solarRoofs(TestData.unique("Solar roofs draft A")));
        long second = declaring.draft(
                scene.organisationId(),
                scene.callId(),
                ReserveDeclareFixtures.solarRoofs(TestData.unique("Solar roofs draft B")));
        long strangersOrganisation =
                competitions.startUp("Stranger Works", TestTime.today().minusYears(3), "wind power", scene.stranger());
        long strangersDraft = declaring.draft(
                strangersOrganisation,
                scene.callId(),
                ReserveDeclareFixtures.solarRoofs(TestData.unique("Stranger's draft")));
        String json = Json.createObjectBuilder()
                .add("owner", financing.email(scene.owner()))
                .add("stranger", financing.email(scene.stranger()))
                .add("password", JudgingFixtures.PASSWORD)
                .add("listedId", listed)
                .add("firstDraftId", first)
                .add("secondDraftId", second)
                .add("strangersDraftId", strangersDraft)
                .add(
                        "readToken",
                        tokens.issue(
                                scene.owner(),
                                "Read",
                                false,
                                Set.of(),
                                TestTime.today().plusDays(30),
                                TestTime.now(),
                                false))
                .add(
                        "competitionToken",
                        tokens.issue(
                                scene.owner(),
                                "Competitions only",
                                true,
                                Set.of(ApiArea.COMPETITION),
                                TestTime.today().plusDays(30),
                                TestTime.now(),
                                false))
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
