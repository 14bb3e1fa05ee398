package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.greenhub.account.application.PasswordHasher;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.MemberCategory;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.i18n.Language;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Alliances, coordinators, member organisations and their people for the alliance tests; bulk data for the speed test. */
@ApplicationScoped
public class AllianceFixtures {

    public static final String PASSWORD = "Alliance-Test-Password-1";

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory emf;

    @Inject
    PasswordHasher hasher;

    /** An alliance (9 council seats, the four default categories) with one new coordinator. */
    public record AllianceSetup(
            long allianceId, String code, long coordinatorId, String coordinatorEmail, List<Long> categoryIds) {}

    /** An organisation with its founder (who may apply for it). */
    public record Member(long organisationId, String organisationName, long founderId, String founderEmail) {}

    @Transactional
    public AllianceSetup alliance(String name) {
        String code = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        long coordinator = person("Coordinator " + name, Language.ENGLISH, Role.ALLIANCE_COORDINATOR);
        Alliance alliance = new Alliance(
                code, new Alliance.Names(name + " " + code, "绿色产业创新联盟 " + code, null, null), 9, TestTime.now());
        alliance.setCoordinators(Set.of(coordinator));
        em.persist(alliance);
        List<Long> categories = new java.util.ArrayList<>();
        String[] names = {"Chair unit", "Vice-chair unit", "Council member unit", "Ordinary member unit"};
        int[] dues = {80000, 50000, 30000, 10000};
        for (int i = 0; i < names.length; i++) {
            MemberCategory category = new MemberCategory(alliance, i, names[i], BigDecimal.valueOf(dues[i]));
            em.persist(category);
            categories.add(category.getId());
        }
        em.flush();
        return new AllianceSetup(alliance.getId(), code, coordinator, email(coordinator), categories);
    }

    @Transactional
    public Member member(String name, OrganisationKind kind) {
        long founder = person("Founder " + name, Language.ENGLISH, Role.APPLICANT);
        Organisation organisation = new Organisation(kind, TestData.unique(name), TestTime.now());
        em.persist(organisation);
        em.persist(new Affiliation(
                organisation,
                em.find(UserAccount.class, founder),
                AffiliationRole.FOUNDER,
                TestTime.today().minusYears(1),
                TestTime.now()));
        return new Member(organisation.getId(), organisation.getLegalName(), founder, email(founder));
    }

    /** An active account with {@link #PASSWORD} (so browser tests can sign in). */
    @Transactional
    public long person(String name, Language language, Role... roles) {
        UserAccount account = UserAccount.invite(
                TestData.email(name.toLowerCase().replaceAll("[^a-z0-9]+", "-")),
                name,
                language,
                Set.of(roles),
                TestTime.now());
        em.persist(account);
        account.acceptInvitation(hasher.hash(PASSWORD), TestTime.now());
        return account.getId();
    }

    @Transactional
    public void affiliate(long userId, long organisationId, AffiliationRole role) {
        em.persist(new Affiliation(
                em.find(Organisation.class, organisationId),
                em.find(UserAccount.class, userId),
                role,
                TestTime.today().minusDays(10),
                TestTime.now()));
    }

    @Transactional
    public void endAffiliations(long userId, long organisationId) {
        em.createQuery(
                        "select a from Affiliation a where a.person.id = :u and a.organisation.id = :o and a.period.until is null",
                        Affiliation.class)
                .setParameter("u", userId)
                .setParameter("o", organisationId)
                .getResultList()
                .forEach(a -> a.end(TestTime.today().minusDays(1)));
    }

    @Transactional
    public UserAccount account(long userId) {
        UserAccount account = em.find(UserAccount.class, userId);
        account.getRoles().size();
        return account;
    }

    @Transactional
    public String email(long userId) {
        return em.find(UserAccount.class, userId).getEmail();
    }

    /** Moves a membership's dates into the past, as if it had been running for years. */
    @Transactional
    public void backdate(long membershipId, LocalDate validFrom, LocalDate validTo) {
        TestTime.nativeQuery(em, "update alliance_membership set valid_from = ?1, valid_to = ?2 where id = ?3")
                .setParameter(1, validFrom)
                .setParameter(2, validTo)
                .setParameter(3, membershipId)
                .executeUpdate();
    }

    @Transactional
    public long count(String sql, Object... parameters) {
        var query = TestTime.nativeQuery(em, sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Transactional
    public int update(String sql, Object... parameters) {
        var query = TestTime.nativeQuery(em, sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    @Transactional
    public List<String> mailSubjects(String recipient) {
        return em.createQuery(
                        "select m.subject from OutboxMessage m where m.recipient = :r order by m.id desc", String.class)
                .setParameter("r", recipient)
                .getResultList();
    }

    public Statistics statistics() {
        return emf.unwrap(SessionFactory.class).getStatistics();
    }

    /**
     * Bulk data for the speed test: {@code members} active member organisations, each with {@code years} yearly dues
     * payments, written with set-based SQL (seconds, not minutes).
     */
    @Transactional
    public void bulkMembers(long allianceId, long categoryId, int members, int years, String prefix) {
        TestTime.nativeQuery(
                        em,
                        "insert into organisation (kind, legal_name, search_key, website, created_at) "
                                + "select 'ENTERPRISE', ?1 || ' ' || g, lower(?1 || ' ' || g), 'https://m' || g || '.example', now() from generate_series(1, ?2) g")
                .setParameter(1, prefix)
                .setParameter(2, members)
                .executeUpdate();
        TestTime.nativeQuery(
                        em,
                        "insert into alliance_membership (alliance_id, organisation_id, category_id, status, sort_name, search_key, "
                                + "contact_email, show_email, membership_number, valid_from, valid_to, applied_at) "
                                + "select ?1, o.id, ?2, 'ACTIVE', o.legal_name, o.search_key, 'm' || o.id || '@example.test', (o.id % 2 = 0), "
                                + "?3 || o.id, current_date - (?4 * 365), current_date + 200, now() "
                                + "from organisation o where o.legal_name like ?5")
                .setParameter(1, allianceId)
                .setParameter(2, categoryId)
                .setParameter(3, prefix + "-")
                .setParameter(4, years)
                .setParameter(5, prefix + " %")
                .executeUpdate();
        TestTime.nativeQuery(
                        em,
                        "insert into alliance_dues_payment (membership_id, alliance_id, amount, paid_on, reference, recorded_at) "
                                + "select m.id, m.alliance_id, 10000, current_date - (y * 365), 'BANK-' || m.id || '-' || y, now() "
                                + "from alliance_membership m cross join generate_series(0, ?2 - 1) y where m.alliance_id = ?1")
                .setParameter(1, allianceId)
                .setParameter(2, years)
                .executeUpdate();
    }
}
