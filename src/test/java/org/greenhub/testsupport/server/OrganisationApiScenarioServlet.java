package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: the scene of the organisation API tests. An enterprise with its founder (who keeps the
 * record, with a read-only token), an employee (who reads it) and an outsider; everyone signs in with
 * {@link AllianceFixtures#PASSWORD}. Answers the ids and accounts as JSON.
 */
@WebServlet("/test-support/organisation-api-scenario")
public class OrganisationApiScenarioServlet extends HttpServlet {

    @Inject
    AllianceFixtures people;

    @Inject
    AccessTokenScenarioServlet.Tokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AllianceFixtures.Member enterprise = people.member("API Boilers", OrganisationKind.ENTERPRISE);
        long employee = people.person("API Employee", Language.ENGLISH, Role.APPLICANT);
        people.affiliate(employee, enterprise.organisationId(), AffiliationRole.EMPLOYEE);
        long outsider = people.person("API Outsider", Language.ENGLISH, Role.APPLICANT);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("organisationId", enterprise.organisationId())
                        .add("organisation", enterprise.organisationName())
                        .add("founder", enterprise.founderEmail())
                        .add("employee", people.email(employee))
                        .add("outsider", people.email(outsider))
                        .add(
                                "read",
                                tokens.issue(
                                        enterprise.founderId(),
                                        "Read",
                                        false,
                                        Set.of(),
                                        TestTime.today().plusDays(30),
                                        TestTime.now(),
                                        false))
                        .add("password", AllianceFixtures.PASSWORD)
                        .build()
                        .toString());
    }
}
