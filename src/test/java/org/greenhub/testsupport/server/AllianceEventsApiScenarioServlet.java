package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.greenhub.account.domain.ApiArea;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.alliance.application.EventService;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: completes an alliance scene ({@code test-support/alliance-scenario?member=true}) for the
 * events API. The member's founder ({@code founder}, by e-mail) and a colleague of theirs take two places at the event
 * ({@code event}) for the membership ({@code membership}), and the coordinator ({@code coordinator}, by e-mail) gets a
 * read-only token and a read-and-change token limited to the reserve.
 */
@WebServlet("/test-support/alliance-events-api-scenario")
public class AllianceEventsApiScenarioServlet extends HttpServlet {

    @Inject
    UserAccountRepository accounts;

    @Inject
    AllianceFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Inject
    EventService events;

    @Inject
    AccessTokenScenarioServlet.Tokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long founder = account(request.getParameter("founder"));
        long coordinator = account(request.getParameter("coordinator"));
        long event = Long.parseLong(request.getParameter("event"));
        long membership = Long.parseLong(request.getParameter("membership"));
        long organisation = fixtures.count("select organisation_id from alliance_membership where id = ?1", membership);
        long colleague = fixtures.person("Member colleague", Language.ENGLISH, Role.APPLICANT);
        fixtures.affiliate(colleague, organisation, AffiliationRole.EMPLOYEE);
        actingAs.user(founder);
        events.register(event, membership);
        actingAs.user(colleague);
        events.register(event, membership);
        String json = Json.createObjectBuilder()
                .add(
                        "readToken",
                        tokens.issue(
                                coordinator,
                                "Read",
                                false,
                                Set.of(),
                                TestTime.today().plusDays(30),
                                TestTime.now(),
                                false))
                .add(
                        "reserveToken",
                        tokens.issue(
                                coordinator,
                                "Reserve only",
                                true,
                                Set.of(ApiArea.RESERVE),
                                TestTime.today().plusDays(30),
                                TestTime.now(),
                                false))
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }

    private long account(String email) {
        return accounts.findByEmail(email).map(UserAccount::getId).orElseThrow();
    }
}
