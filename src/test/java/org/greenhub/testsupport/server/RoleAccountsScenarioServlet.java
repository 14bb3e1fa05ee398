package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only: one active account for each role and each language (the account's stored language, which
 * sign-in switches to), for browser tests that look at every role's pages in every language. Answers
 * {@code {"password": ..., "accounts": {"JUDGE": {"th": "judge-th-…@…", ...}, ...}}}, keyed by role name and
 * language tag; every account signs in with {@link JudgingFixtures#PASSWORD}.
 */
@WebServlet("/test-support/role-accounts")
public class RoleAccountsScenarioServlet extends HttpServlet {

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder accounts = Json.createObjectBuilder();
        for (Role role : Role.values()) {
            JsonObjectBuilder byLanguage = Json.createObjectBuilder();
            for (Language language : Language.values()) {
                String tag = language.locale().toLanguageTag();
                long id = people.person(role.name().toLowerCase().replace('_', '-') + " " + tag, language, role);
                judging.activate(id);
                byLanguage.add(tag, people.email(id));
            }
            accounts.add(role.name(), byLanguage);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("password", JudgingFixtures.PASSWORD)
                        .add("accounts", accounts)
                        .build()
                        .toString());
    }
}
