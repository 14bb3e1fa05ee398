package org.greenhub.incubation.residency.infrastructure;

import static org.greenhub.incubation.residency.infrastructure.SqlValues.date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.greenhub.incubation.residency.application.ReportEvidenceService.EvidenceRow;
import org.greenhub.incubation.residency.application.ResidencyMails.Recipient;
import org.greenhub.incubation.residency.application.ResidencyQueries.MyResidency;
import org.greenhub.incubation.residency.application.ResidencyQueries.ResidentRow;
import org.greenhub.incubation.residency.application.ResidencyReads;
import org.greenhub.incubation.residency.domain.EvidencePurpose;
import org.greenhub.incubation.residency.domain.PeriodicReport;
import org.greenhub.incubation.residency.domain.Residency;
import org.greenhub.incubation.residency.domain.ResidencyStatus;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.i18n.Language;

@ApplicationScoped
public class JpaResidencyReads implements ResidencyReads {

    private static final String MINE_SQL = """
            select r.id, r.incubator_id, o.legal_name, r.status, r.start_date,
                   coalesce(r.graduated_on, r.exited_on, (r.start_date + make_interval(months => r.max_months))::date - 1),
                   count(p.id) filter (where p.status = 'EXPECTED' and p.due_date < ?2),
                   min(p.due_date) filter (where p.status = 'EXPECTED' and p.due_date >= ?2)
            from residency r
            join organisation o on o.id = r.organisation_id
            left join residency_report p on p.residency_id = r.id
            where r.organisation_id in (select a.organisation_id from affiliation a where a.user_id = ?1 and a.valid_from <= ?2
                                          and (a.valid_to is null or a.valid_to >= ?2) and a.role not in ('ADVISOR', 'SHAREHOLDER'))
            group by r.id, r.incubator_id, o.legal_name, r.status, r.start_date, r.max_months, r.graduated_on, r.exited_on
            order by r.start_date desc, r.id desc""";

    /** One page of {@link #MINE_SQL}: its order ends in the id, so pages neither repeat nor skip a residency. */
    private static final String MINE_PAGE_SQL = MINE_SQL + "\noffset ?3 limit ?4";

    private static final String MINE_COUNT_SQL = """
            select count(*) from residency r
            where r.organisation_id in (select a.organisation_id from affiliation a where a.user_id = ?1 and a.valid_from <= ?2
                                          and (a.valid_to is null or a.valid_to >= ?2) and a.role not in ('ADVISOR', 'SHAREHOLDER'))""";

    private static final String RESIDENTS_SQL = """
            select r.id, o.legal_name, r.start_date, (r.start_date + make_interval(months => r.max_months))::date - 1 as last_day, r.status,
                   (select count(*) from residency_report p where p.residency_id = r.id and p.status = 'EXPECTED' and p.due_date < ?2) as overdue,
                   (select max(p.period_end) from residency_report p where p.residency_id = r.id and p.status = 'SUBMITTED') as last_reported
            from residency r join organisation o on o.id = r.organisation_id
            where r.incubator_id = ?1 and (?3 = '' or r.status = ?3)
              and (?6 = false or exists (select 1 from residency_report p where p.residency_id = r.id and p.status = 'EXPECTED' and p.due_date < ?2))
            order by %s, r.id
            offset ?4 limit ?5""";

    private static final Map<String, String> SORTS = Map.of(
            "organisationName",
            "o.legal_name",
            "startDate",
            "r.start_date",
            "lastDay",
            "last_day",
            "status",
            "r.status",
            "overdueReports",
            "overdue",
            "lastReported",
            "last_reported");

    private static final String MEMBER_SQL = """
            select count(*) from affiliation a
            where a.organisation_id = ?1 and a.user_id = ?2 and a.valid_from <= ?3 and (a.valid_to is null or a.valid_to >= ?3)
              and a.role not in ('ADVISOR', 'SHAREHOLDER')""";

    private static final String START_UP_PEOPLE_SQL = """
            select distinct u.email, u.display_name, u.preferred_locale from affiliation a join user_account u on u.id = a.user_id
            where a.organisation_id = ?1 and a.valid_from <= ?2 and (a.valid_to is null or a.valid_to >= ?2)
              and a.role in ('FOUNDER', 'LEGAL_REPRESENTATIVE', 'MANAGER', 'CONTACT') and u.status = 'ACTIVE'
            order by u.email""";

    private static final String MANAGERS_SQL = """
            select distinct u.email, u.display_name, u.preferred_locale from incubator_manager m join user_account u on u.id = m.user_id
            where m.incubator_id = ?1 and u.status = 'ACTIVE' order by u.email""";

    @PersistenceContext
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<MyResidency> mine(long userId, LocalDate today, LongFunction<String> incubatorName) {
        List<Object[]> rows = em.createNativeQuery(MINE_SQL)
                .setParameter(1, userId)
                .setParameter(2, today)
                .getResultList();
        return myResidencies(rows, incubatorName);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MyResidency> mine(
            long userId, LocalDate today, LongFunction<String> incubatorName, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery(MINE_PAGE_SQL)
                .setParameter(1, userId)
                .setParameter(2, today)
                .setParameter(3, offset)
                .setParameter(4, limit)
                .getResultList();
        return myResidencies(rows, incubatorName);
    }

    @Override
    public long countMine(long userId, LocalDate today) {
        return ((Number) em.createNativeQuery(MINE_COUNT_SQL)
                        .setParameter(1, userId)
                        .setParameter(2, today)
                        .getSingleResult())
                .longValue();
    }

    private static List<MyResidency> myResidencies(List<Object[]> rows, LongFunction<String> incubatorName) {
        return rows.stream()
                .map(r -> new MyResidency(
                        ((Number) r[0]).longValue(),
                        incubatorName.apply(((Number) r[1]).longValue()),
                        (String) r[2],
                        ResidencyStatus.valueOf((String) r[3]),
                        date(r[4]),
                        date(r[5]),
                        ((Number) r[6]).longValue(),
                        date(r[7])))
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ResidentRow> residents(
            long incubatorId,
            LocalDate today,
            ResidencyStatus status,
            boolean overdueOnly,
            int first,
            int size,
            String sortField,
            boolean ascending) {
        String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "o.legal_name")
                + (ascending ? " asc nulls last" : " desc nulls last");
        List<Object[]> rows = em.createNativeQuery(RESIDENTS_SQL.formatted(order))
                .setParameter(1, incubatorId)
                .setParameter(2, today)
                .setParameter(3, status == null ? "" : status.name())
                .setParameter(4, first)
                .setParameter(5, size)
                .setParameter(6, overdueOnly)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    LocalDate lastDay = date(r[3]);
                    ResidencyStatus s = ResidencyStatus.valueOf((String) r[4]);
                    boolean nearing = s == ResidencyStatus.ACTIVE
                            && !today.isBefore(lastDay.plusDays(1).minusMonths(Residency.WARNING_MONTHS));
                    return new ResidentRow(
                            ((Number) r[0]).longValue(),
                            (String) r[1],
                            date(r[2]),
                            lastDay,
                            s,
                            nearing,
                            ((Number) r[5]).longValue(),
                            date(r[6]));
                })
                .toList();
    }

    @Override
    public long countResidents(long incubatorId, LocalDate today, ResidencyStatus status, boolean overdueOnly) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from residency r where r.incubator_id = ?1 and (?2 = '' or r.status = ?2) and (?3 = false or exists "
                                        + "(select 1 from residency_report p where p.residency_id = r.id and p.status = 'EXPECTED' and p.due_date < ?4))")
                        .setParameter(1, incubatorId)
                        .setParameter(2, status == null ? "" : status.name())
                        .setParameter(3, overdueOnly)
                        .setParameter(4, today)
                        .getSingleResult())
                .longValue();
    }

    @Override
    public List<Organisation> organisationsMatching(String key, int max) {
        return em.createQuery(
                        "select o from Organisation o where o.searchKey like :k escape '\\' order by o.legalName",
                        Organisation.class)
                .setParameter("k", key)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, Long> activeResidentsByIncubator() {
        Map<Long, Long> active = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                        "select incubator_id, count(*) from residency where status = 'ACTIVE' group by incubator_id")
                .getResultList()) {
            active.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return active;
    }

    @Override
    public List<EvidenceRow> evidenceOf(PeriodicReport report) {
        return em.createQuery("""
                        select e.id, f.fileName, e.purpose, f.sizeBytes, e.createdAt from ReportEvidence e, StoredFile f
                        where f.id = e.storedFileId and e.report = :r order by e.id""", Object[].class).setParameter("r", report).getResultList().stream()
                .map(r -> new EvidenceRow(
                        (Long) r[0], (String) r[1], (EvidencePurpose) r[2], ((Number) r[3]).longValue(), (Instant)
                                r[4]))
                .toList();
    }

    @Override
    public boolean isMember(long organisationId, long userId, LocalDate today) {
        Number n = (Number) em.createNativeQuery(MEMBER_SQL)
                .setParameter(1, organisationId)
                .setParameter(2, userId)
                .setParameter(3, today)
                .getSingleResult();
        return n.longValue() > 0;
    }

    @Override
    public List<Recipient> startUpPeople(long organisationId, LocalDate today) {
        return recipients(em.createNativeQuery(START_UP_PEOPLE_SQL)
                .setParameter(1, organisationId)
                .setParameter(2, today)
                .getResultList());
    }

    @Override
    public List<Recipient> managers(long incubatorId) {
        return recipients(
                em.createNativeQuery(MANAGERS_SQL).setParameter(1, incubatorId).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Recipient> recipients(List<?> rows) {
        return ((List<Object[]>) rows)
                .stream()
                        .map(r -> new Recipient(
                                (String) r[0],
                                (String) r[1],
                                Language.fromTag((String) r[2])
                                        .orElse(Language.ENGLISH)
                                        .locale()))
                        .toList();
    }
}
