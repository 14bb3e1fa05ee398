package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.incubation.residency.application.ResidencyService;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.platform.i18n.Language;

/**
 * Builds what residency tests need: an incubator with a named manager (rows written directly, as the intake
 * feature's tables hold them), start-ups with an active founder, residencies started as an accepted offer would
 * start them, and filed reports written in bulk for the large dashboard.
 */
@ApplicationScoped
public class ResidencyFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ResidencyService residencies;

    public record Incubator(long id, String name, long managerId, String managerEmail) {}

    public record StartUp(long organisationId, String name, long founderId, String founderEmail) {}

    /** An incubator with 200 workstations and one active programme manager (password {@link JudgingFixtures#PASSWORD}). */
    @Transactional
    public Incubator incubator(String prefix) {
        long manager = people.person(prefix + " Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        judging.activate(manager);
        long operator = people.organisation(prefix + " Operator");
        String name = TestData.unique(prefix + " Incubator");
        long id = insertIncubator(operator, name, manager);
        return new Incubator(id, name, manager, people.email(manager));
    }

    private long insertIncubator(long operator, String name, long manager) {
        long id = ((Number) TestTime.nativeQuery(em, """
                        insert into incubator (operator_organisation_id, kind, zone, floor_area_m2, workstations, created_at)
                        values (?1, 'GREEN_PROFESSIONAL_INCUBATOR', 'Test zone', 5000, 200, ?2) returning id""")
                        .setParameter(1, operator)
                        .setParameter(2, TestTime.now())
                        .getSingleResult())
                .longValue();
        TestTime.nativeQuery(em, "insert into incubator_name (incubator_id, language, name) values (?1, 'en', ?2)")
                .setParameter(1, id)
                .setParameter(2, name)
                .executeUpdate();
        TestTime.nativeQuery(em, "insert into incubator_manager (incubator_id, user_id) values (?1, ?2)")
                .setParameter(1, id)
                .setParameter(2, manager)
                .executeUpdate();
        return id;
    }

    /** A large incubator written in bulk ({@link ResidencyBulkData}), managed by a new programme manager. */
    @Transactional
    public Incubator bulkIncubator(String prefix, int residents) {
        long manager = people.person(prefix + " Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        judging.activate(manager);
        String name = TestData.unique(prefix + " Incubator");
        long[] id = new long[1];
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            id[0] = ResidencyBulkData.incubator(connection, name);
            ResidencyBulkData.residents(connection, id[0], TestData.unique(prefix), residents, TestTime.today());
        });
        TestTime.nativeQuery(em, "insert into incubator_manager (incubator_id, user_id) values (?1, ?2)")
                .setParameter(1, id[0])
                .setParameter(2, manager)
                .executeUpdate();
        return new Incubator(id[0], name, manager, people.email(manager));
    }

    /** An incubator whose {@code residents} residents all reach the end of their maximum period within months. */
    @Transactional
    public Incubator endingIncubator(String prefix, int residents, LocalDate today) {
        Incubator incubator = incubator(prefix);
        em.unwrap(org.hibernate.Session.class)
                .doWork(connection -> ResidencyBulkData.endingResidents(
                        connection, incubator.id(), TestData.unique(prefix), residents, today));
        return incubator;
    }

    /** How many of the incubator's residencies have had their end-of-period warning. */
    @Transactional
    public long endWarningsSent(long incubatorId) {
        return ((Number) TestTime.nativeQuery(
                                em,
                                "select count(*) from residency where incubator_id = ?1 and end_warning_sent_at is not null")
                        .setParameter(1, incubatorId)
                        .getSingleResult())
                .longValue();
    }

    /** A start-up with an active founder (a current affiliation since 2020) in the given language. */
    @Transactional
    public StartUp startUp(String prefix, Language language) {
        long organisation = people.organisation(prefix);
        long founder = people.person(prefix + " Founder", language, Role.APPLICANT);
        judging.activate(founder);
        people.affiliate(founder, organisation, AffiliationRole.FOUNDER, LocalDate.of(2020, 1, 1), null);
        return new StartUp(organisation, name(organisation), founder, people.email(founder));
    }

    @Transactional
    public String name(long organisationId) {
        return (String) TestTime.nativeQuery(em, "select legal_name from organisation where id = ?1")
                .setParameter(1, organisationId)
                .getSingleResult();
    }

    @Transactional
    public void sector(long organisationId, String sector) {
        TestTime.nativeQuery(em, "update organisation set sector = ?2 where id = ?1")
                .setParameter(1, organisationId)
                .setParameter(2, sector)
                .executeUpdate();
    }

    /** A residency as an accepted offer starts it. */
    public long residency(Incubator incubator, StartUp startUp, LocalDate start) {
        return residencies.startFromOffer(
                incubator.id(), startUp.organisationId(), start, "test-offer:" + startUp.organisationId());
    }

    /** The ids of a residency's reports of one kind, by period start. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> reportIds(long residencyId, String kind) {
        List<Number> ids = TestTime.nativeQuery(
                        em,
                        "select id from residency_report where residency_id = ?1 and kind = ?2 order by period_start")
                .setParameter(1, residencyId)
                .setParameter(2, kind)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Transactional
    public String reportStatus(long reportId) {
        return (String) TestTime.nativeQuery(em, "select status from residency_report where id = ?1")
                .setParameter(1, reportId)
                .getSingleResult();
    }

    @Transactional
    public LocalDate[] period(long reportId) {
        Object[] row = (Object[])
                TestTime.nativeQuery(em, "select period_start, period_end from residency_report where id = ?1")
                        .setParameter(1, reportId)
                        .getSingleResult();
        return new LocalDate[] {toDate(row[0]), toDate(row[1])};
    }

    /** Moves a report's due date (tests that need "due in three days" or "overdue" set it in the data). */
    @Transactional
    public void due(long reportId, LocalDate due) {
        TestTime.nativeQuery(em, "update residency_report set due_date = ?2 where id = ?1")
                .setParameter(1, reportId)
                .setParameter(2, due)
                .executeUpdate();
    }

    /** Files every report of these residencies whose period has ended, with made-up figures, in one statement. */
    @Transactional
    public int fileAllPast(List<Long> residencyIds) {
        List<Long> ids = new ArrayList<>(residencyIds);
        return TestTime.nativeQuery(em, """
                        update residency_report set status = 'SUBMITTED', submitted_at = now(),
                               revenue = 250000 + residency_id % 7 * 10000, employees = 10 + residency_id % 5, rnd_staff = 3,
                               rnd_spend = 40000, patents_filed = 1, patents_granted = 0, investment_raised = 100000,
                               energy_use_mwh = 12.5, emissions_avoided_tco2e = 30, water_reused_m3 = 100, waste_recycled_t = 2
                        where residency_id in (?1) and period_end < current_date and status = 'EXPECTED'""").setParameter(1, ids).executeUpdate();
    }

    @Transactional
    public long mailsWithSubjectLike(String recipient, String part) {
        return ((Number) TestTime.nativeQuery(
                                em, "select count(*) from mail_outbox where recipient = ?1 and subject like ?2")
                        .setParameter(1, recipient)
                        .setParameter(2, "%" + part + "%")
                        .getSingleResult())
                .longValue();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
