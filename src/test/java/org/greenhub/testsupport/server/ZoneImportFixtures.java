package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.concurrent.ThreadLocalRandom;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.i18n.Language;

/** Enterprises of a zone for the import area's tests: a person, their organisation with a credit code, in the zone. */
@ApplicationScoped
public class ZoneImportFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    JudgingFixtures judging;

    /** An enterprise of a zone and the one person who declares for it (its founder, with an active account). */
    public record Enterprise(long person, String email, long organisation, String name, String code) {}

    /** A unified social credit code of this test's own ("91" + region + 10 digits), so no other test's collides. */
    public static String creditCode() {
        StringBuilder code = new StringBuilder("91320594");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            code.append(random.nextInt(10));
        }
        return code.toString();
    }

    @Transactional
    public Enterprise enterprise(String name, Language language, Long zoneId) {
        UserAccount person = UserAccount.invite(
                TestData.email(name.toLowerCase().replace(' ', '-')),
                name + " founder",
                language,
                java.util.Set.of(Role.APPLICANT),
                TestTime.now());
        em.persist(person);
        // an active account, signing in with JudgingFixtures.PASSWORD: mails go to active accounts only
        judging.activate(person.getId());
        Organisation organisation = new Organisation(OrganisationKind.START_UP, TestData.unique(name), TestTime.now());
        String code = creditCode();
        organisation.describe(
                new Organisation.Details(
                        OrganisationKind.START_UP,
                        organisation.getLegalName(),
                        null,
                        code,
                        TestTime.today().minusYears(5),
                        null,
                        "chemicals",
                        null),
                TestTime.now());
        organisation.placeIn(zoneId);
        em.persist(organisation);
        em.persist(new Affiliation(
                organisation, person, AffiliationRole.FOUNDER, TestTime.today().minusYears(1), TestTime.now()));
        return new Enterprise(
                person.getId(), person.getEmail(), organisation.getId(), organisation.getLegalName(), code);
    }

    /** A deadline for a zone and year due on this day (Shanghai time), reminders 14 and 3 days before. */
    @Transactional
    public void deadline(long zoneId, int year, java.time.LocalDate dueOn) {
        em.persist(new org.greenhub.zone.domain.DeclaringDeadline(
                zoneId,
                year,
                new org.greenhub.zone.domain.DeclaringDeadline.Typed(dueOn, "Asia/Shanghai", "14,3"),
                TestTime.now()));
    }

    /** The id of a zone's deadline for a year (what its audit events name). */
    @Transactional
    public long deadlineId(long zoneId, int year) {
        return ((Number) em.createNativeQuery("select id from zone_declaring_deadline where zone_id = ?1 and year = ?2")
                        .setParameter(1, zoneId)
                        .setParameter(2, year)
                        .getSingleResult())
                .longValue();
    }

    /** Bodies of the mails queued to a recipient, newest first. */
    @Transactional
    public java.util.List<String> mailBodies(String recipient) {
        return em.createQuery(
                        "select m.body from OutboxMessage m where m.recipient = :r order by m.id desc", String.class)
                .setParameter("r", recipient)
                .getResultList();
    }
}
