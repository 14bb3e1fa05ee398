package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.GreenCategory;

/**
 * Test deployments only: a reserve call with its manager, and a project of the owner's organisation listed two years
 * ago and financed by a green loan, with no results yet; a stranger of another organisation. Every account signs in
 * with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/reserve-financing-scenario")
public class ReserveFinancingScenarioServlet extends HttpServlet {

    @Inject
    ReserveFinancingFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReserveFinancingFixtures.Scene s = fixtures.scene(Language.ENGLISH);
        LocalDate listed = TestTime.today().minusYears(2);
        long project = fixtures.listedProject(
                s,
                "Rooftop solar",
                GreenCategory.CLEAN_ENERGY,
                "12000000",
                Set.of(FinancingInstrument.GREEN_LOAN, FinancingInstrument.GUIDANCE_FUND),
                new Benefits(new BigDecimal("560"), new BigDecimal("3900"), null, null),
                listed);
        fixtures.financed(project, FinancingInstrument.GREEN_LOAN, "8000000", s.funderId(), listed.plusDays(20));
        String json = Json.createObjectBuilder()
                .add("projectId", project)
                .add("firstYear", listed.getYear())
                .add("owner", fixtures.email(s.owner()))
                .add("manager", fixtures.email(s.manager()))
                .add("stranger", fixtures.email(s.stranger()))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
