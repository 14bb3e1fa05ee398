package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.i18n.Language;

/** Builds the people and organisations evaluation tests need, including history (affiliations that ended years ago). */
@ApplicationScoped
public class EvaluationFixtures {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public long person(String name, Language language, Role... roles) {
        UserAccount account = UserAccount.invite(
                TestData.email(name.toLowerCase().replace(' ', '-')),
                name,
                language,
                roles.length == 0 ? Set.of(Role.APPLICANT) : EnumSet.of(roles[0], roles),
                TestTime.now());
        em.persist(account);
        return account.getId();
    }

    @Transactional
    public long organisation(String name) {
        Organisation organisation = new Organisation(OrganisationKind.START_UP, TestData.unique(name), TestTime.now());
        em.persist(organisation);
        return organisation.getId();
    }

    /** An affiliation over a past (or still running, {@code to} null) period. */
    @Transactional
    public void affiliate(long userId, long organisationId, AffiliationRole role, LocalDate from, LocalDate to) {
        Affiliation affiliation = new Affiliation(
                em.find(Organisation.class, organisationId),
                em.find(UserAccount.class, userId),
                role,
                from,
                TestTime.now());
        if (to != null) {
            affiliation.end(to);
        }
        em.persist(affiliation);
    }

    @Transactional
    public String email(long userId) {
        return em.find(UserAccount.class, userId).getEmail();
    }

    @Transactional
    public long auditEvents(String action, String entityId, String detailPart) {
        return em.createQuery(
                        "select count(a) from AuditEvent a where a.action = :action and a.entityId = :id and a.detail like :detail",
                        Long.class)
                .setParameter("action", action)
                .setParameter("id", entityId)
                .setParameter("detail", "%" + detailPart + "%")
                .getSingleResult();
    }

    /** Subjects of the mails queued to a recipient, newest first. */
    @Transactional
    public java.util.List<String> mailSubjects(String recipient) {
        return em.createQuery(
                        "select m.subject from OutboxMessage m where m.recipient = :r order by m.id desc", String.class)
                .setParameter("r", recipient)
                .getResultList();
    }
}
