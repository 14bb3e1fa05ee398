package org.greenhub.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.AccountStatus;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.domain.Affiliation;

import java.time.LocalDate;
import java.util.List;

/** Figures and lists for the role dashboards. */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationService organisationService;

    @PersistenceContext
    EntityManager em;

    private List<Affiliation> affiliations;

    public UserAccount getUser() {
        return currentUser.require();
    }

    public List<Affiliation> getCurrentAffiliations() {
        if (affiliations == null) {
            LocalDate today = LocalDate.now();
            affiliations = organisationService.myAffiliations().stream().filter(a -> a.isCurrent(today)).toList();
        }
        return affiliations;
    }

    public long getActiveUsers() {
        return em.createQuery("select count(u) from UserAccount u where u.status = :s", Long.class)
                .setParameter("s", AccountStatus.ACTIVE).getSingleResult();
    }

    public long getPendingUsers() {
        return em.createQuery("select count(u) from UserAccount u where u.status in :s", Long.class)
                .setParameter("s", List.of(AccountStatus.INVITED, AccountStatus.PENDING_CONFIRMATION)).getSingleResult();
    }

    public long getOrganisations() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    }

    public long getQueuedMails() {
        return em.createQuery("select count(m) from OutboxMessage m where m.status <> org.greenhub.platform.mail.domain.OutboxMessage.Status.SENT", Long.class)
                .getSingleResult();
    }
}
