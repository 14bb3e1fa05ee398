package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.greenhub.account.domain.ApiArea;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: the competitions API's catalogue scene. Two published editions of two series whose keys
 * share a unique {@code base} (so a search for it finds exactly them), open until ten days from now and managed by
 * {@code manager}; another programme manager who manages neither; an organiser organisation; the manager's read-only
 * token and a read-and-change token limited to alliances. {@code year}: the year the editions open in, in their
 * zone. Every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/competition-api-scenario")
public class CompetitionApiScenarioServlet extends HttpServlet {

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    AccessTokenScenarioServlet.Tokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long manager = people.person("Catalogue manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long other = people.person("Other catalogue manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long organiser = people.organisation("Zone committee");
        String base = TestData.unique("cat");
        Instant closesAt = TestTime.now().plus(Duration.ofDays(10));
        long first = competitions.publishedCompetition(base + "-a", organiser, manager, closesAt);
        long second = competitions.publishedCompetition(base + "-b", organiser, manager, closesAt);
        for (long id : new long[] {manager, other}) {
            judging.activate(id);
        }
        Instant opensAt = competitions.competition(first).getSubmissionOpensAt();
        String read =
                tokens.issue(manager, "Read", false, Set.of(), TestTime.today().plusDays(30), TestTime.now(), false);
        String alliancesOnly = tokens.issue(
                manager,
                "Alliances",
                true,
                Set.of(ApiArea.ALLIANCE),
                TestTime.today().plusDays(30),
                TestTime.now(),
                false);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("base", base)
                        .add("firstId", first)
                        .add("secondId", second)
                        .add("organiserId", organiser)
                        .add("year", opensAt.atZone(ZoneId.of("Asia/Shanghai")).getYear())
                        .add("manager", people.email(manager))
                        .add("other", people.email(other))
                        .add("password", JudgingFixtures.PASSWORD)
                        .add("readToken", read)
                        .add("alliancesToken", alliancesOnly)
                        .build()
                        .toString());
    }
}
