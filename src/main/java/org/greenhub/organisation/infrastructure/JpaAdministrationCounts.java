package org.greenhub.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.greenhub.account.domain.AccountStatus;
import org.greenhub.organisation.application.AdministrationCounts;
import org.greenhub.organisation.application.AdministrationFigures.Figures;
import org.greenhub.platform.mail.domain.OutboxMessage;

@ApplicationScoped
public class JpaAdministrationCounts implements AdministrationCounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public Figures count() {
        long active = em.createQuery("select count(u) from UserAccount u where u.status = :s", Long.class)
                .setParameter("s", AccountStatus.ACTIVE)
                .getSingleResult();
        long pending = em.createQuery("select count(u) from UserAccount u where u.status in :s", Long.class)
                .setParameter("s", List.of(AccountStatus.INVITED, AccountStatus.PENDING_CONFIRMATION))
                .getSingleResult();
        long organisations = em.createQuery("select count(o) from Organisation o", Long.class)
                .getSingleResult();
        long queued = em.createQuery("select count(m) from OutboxMessage m where m.status <> :sent", Long.class)
                .setParameter("sent", OutboxMessage.Status.SENT)
                .getSingleResult();
        return new Figures(active, pending, organisations, queued);
    }
}
