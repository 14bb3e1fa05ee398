package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.greenhub.account.domain.AccessToken;
import org.greenhub.account.domain.AccessTokenRepository;
import org.greenhub.account.domain.ApiArea;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: an active applicant and personal access tokens of each kind, for the API tests. Answers
 * {@code {"email", "password", "read", "write", "zoneOnly", "expired", "revoked"}}: the last five are secrets.
 */
@WebServlet("/test-support/access-tokens")
public class AccessTokenScenarioServlet extends HttpServlet {

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    Tokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long owner = people.person("Token owner", Language.THAI, Role.APPLICANT);
        judging.activate(owner);
        Instant now = TestTime.now();
        LocalDate inAMonth = TestTime.today().plusDays(30);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("email", people.email(owner))
                        .add("password", JudgingFixtures.PASSWORD)
                        .add("read", tokens.issue(owner, "Read", false, Set.of(), inAMonth, now, false))
                        .add("write", tokens.issue(owner, "Write", true, Set.of(), inAMonth, now, false))
                        .add(
                                "zoneOnly",
                                tokens.issue(owner, "Zone only", true, EnumSet.of(ApiArea.ZONE), inAMonth, now, false))
                        .add(
                                "expired",
                                tokens.issue(
                                        owner,
                                        "Expired",
                                        true,
                                        Set.of(),
                                        TestTime.today().minusDays(2),
                                        now.minus(Duration.ofDays(10)),
                                        false))
                        .add("revoked", tokens.issue(owner, "Revoked", true, Set.of(), inAMonth, now, true))
                        .build()
                        .toString());
    }

    /** Stores tokens as the use case would, with any issue time (an expired token was made in the past). */
    @ApplicationScoped
    public static class Tokens {

        @Inject
        AccessTokenRepository repository;

        @Transactional
        public String issue(
                long owner,
                String name,
                boolean canWrite,
                Set<ApiArea> areas,
                LocalDate lastDay,
                Instant issuedAt,
                boolean revoked) {
            AccessToken.Issued issued = AccessToken.issue(owner, name, canWrite, areas, lastDay, issuedAt);
            repository.add(issued.token());
            if (revoked) {
                issued.token().revoke(issuedAt);
            }
            return issued.secret();
        }
    }
}
