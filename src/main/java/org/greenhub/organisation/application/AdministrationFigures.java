package org.greenhub.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.AccountStatus;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.mail.domain.OutboxMessage;

import java.util.List;

/** The administrator's dashboard figures: one count query each, administrators only. */
@ApplicationScoped
public class AdministrationFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public record Figures(long activeUsers, long pendingUsers, long organisations, long queuedMails) {
    }

    public Figures figures() {
        currentUser.require(Role.ADMINISTRATOR);
        long active = em.createQuery("select count(u) from UserAccount u where u.status = :s", Long.class)
                .setParameter("s", AccountStatus.ACTIVE).getSingleResult();
        long pending = em.createQuery("select count(u) from UserAccount u where u.status in :s", Long.class)
                .setParameter("s", List.of(AccountStatus.INVITED, AccountStatus.PENDING_CONFIRMATION)).getSingleResult();
        long organisations = em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
        long queued = em.createQuery("select count(m) from OutboxMessage m where m.status <> :sent", Long.class)
                .setParameter("sent", OutboxMessage.Status.SENT).getSingleResult();
        return new Figures(active, pending, organisations, queued);
    }
}
