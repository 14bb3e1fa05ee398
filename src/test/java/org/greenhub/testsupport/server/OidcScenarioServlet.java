package org.greenhub.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.i18n.Language;

/**
 * Test deployments only, for the OpenID Connect sign-in tests. {@code POST /test-support/oidc?make} makes an active
 * applicant with {@link JudgingFixtures#PASSWORD} and answers its e-mail address; {@code POST
 * /test-support/oidc?email=…} answers what became of an address: whether an account has it, its status and roles,
 * the provider subject it is linked to, and its audit events.
 */
@WebServlet("/test-support/oidc")
public class OidcScenarioServlet extends HttpServlet {

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    State state;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        if (request.getParameter("make") != null) {
            long id = people.person("oidc person", Language.ENGLISH, Role.APPLICANT);
            judging.activate(id);
            answer = Json.createObjectBuilder()
                    .add("email", people.email(id))
                    .add("password", JudgingFixtures.PASSWORD)
                    .build()
                    .toString();
        } else {
            answer = state.of(request.getParameter("email"));
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer);
    }

    @jakarta.enterprise.context.ApplicationScoped
    public static class State {

        @PersistenceContext
        EntityManager em;

        @Transactional
        public String of(String email) {
            List<UserAccount> found = em.createQuery(
                            "select u from UserAccount u where lower(u.email) = lower(:email)", UserAccount.class)
                    .setParameter("email", email)
                    .getResultList();
            var answer = Json.createObjectBuilder().add("exists", !found.isEmpty());
            if (found.isEmpty()) {
                return answer.build().toString();
            }
            UserAccount account = found.get(0);
            JsonArrayBuilder roles = Json.createArrayBuilder();
            new TreeSet<>(account.getRoles()).forEach(role -> roles.add(role.name()));
            List<Object[]> link = em.createNativeQuery(
                            "select coalesce(provider_issuer, ''), coalesce(provider_subject, '')"
                                    + " from user_account where id = ?1")
                    .setParameter(1, account.getId())
                    .getResultList();
            JsonArrayBuilder events = Json.createArrayBuilder();
            em.createQuery(
                            "select a.action from AuditEvent a where a.entityType = 'UserAccount' and a.entityId = :id"
                                    + " order by a.id",
                            String.class)
                    .setParameter("id", String.valueOf(account.getId()))
                    .getResultList()
                    .forEach(events::add);
            return answer.add("status", account.getStatus().name())
                    .add("roles", roles)
                    .add("issuer", (String) link.get(0)[0])
                    .add("subject", (String) link.get(0)[1])
                    .add("passwordSet", account.getPasswordHash() != null)
                    .add("events", events)
                    .build()
                    .toString();
        }
    }
}
