package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greenhub.account.domain.Role;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.InstitutionType;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;

/**
 * Test deployments only: a project owner (English) with two listed projects and a draft, all titled with one unique
 * tag so a search finds only them, and a verified bank whose employee (Chinese) is a funder. Every account signs in
 * with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/reserve-scenario")
public class ReserveScenarioServlet extends HttpServlet {

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ReserveFixtures reserve;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tag = TestData.unique("gp").substring(3);
        long owner = people.person("Project owner", Language.ENGLISH, Role.APPLICANT);
        long funder = people.person("Bank funder", Language.CHINESE, Role.APPLICANT);
        judging.activate(owner);
        judging.activate(funder);
        long organisation = people.organisation("Solar Works");
        people.affiliate(
                owner, organisation, AffiliationRole.CONTACT, TestTime.today().minusYears(2), null);
        long bank = reserve.institution("Green Bank");
        people.affiliate(
                funder, bank, AffiliationRole.EMPLOYEE, TestTime.today().minusYears(1), null);
        reserve.verify(bank, InstitutionType.BANK, funder);
        long call = reserve.standingCall();
        long solar = reserve.listed(
                organisation,
                call,
                ReserveFixtures.Project.of("屋顶光伏 " + tag)
                        .summary("Rooftop solar, 4.2 MW, on twelve halls.")
                        .instruments(FinancingInstrument.GREEN_LOAN, FinancingInstrument.GREEN_BOND),
                Grade.A);
        long water = reserve.listed(
                organisation,
                call,
                ReserveFixtures.Project.of("Wastewater reuse " + tag)
                        .category(GreenCategory.ENERGY_SAVING_AND_ENVIRONMENTAL_PROTECTION)
                        .stage(ProjectStage.PILOT)
                        .financing("3500000")
                        .instruments(FinancingInstrument.EQUITY),
                Grade.B);
        long draft = reserve.draft(organisation, call, ReserveFixtures.Project.of("Draft heat pumps " + tag));
        String json = Json.createObjectBuilder()
                .add("tag", tag)
                .add("solar", solar)
                .add("water", water)
                .add("draft", draft)
                .add("owner", people.email(owner))
                .add("funder", people.email(funder))
                .add("password", JudgingFixtures.PASSWORD)
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
