package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.application.JudgeLookup;

@ApplicationScoped
public class JpaJudgeLookup implements JudgeLookup {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<UserAccount> withEmails(Set<String> emails) {
        return em.createQuery("select u from UserAccount u where lower(u.email) in :emails", UserAccount.class)
                .setParameter("emails", emails)
                .getResultList();
    }
}
