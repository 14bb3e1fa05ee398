package org.greenhub.incubation.residency.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.incubation.residency.domain.EvidencePurpose;
import org.greenhub.incubation.residency.domain.GraduationRules;
import org.greenhub.incubation.residency.domain.Milestone;
import org.greenhub.incubation.residency.domain.PeriodicReport;
import org.greenhub.incubation.residency.domain.ReportEvidence;
import org.greenhub.incubation.residency.domain.ReportKind;
import org.greenhub.incubation.residency.domain.Residency;
import org.greenhub.incubation.residency.domain.ResidencyRepository;
import org.greenhub.incubation.residency.domain.ResidencyStatus;
import org.greenhub.organisation.domain.Organisation;

@ApplicationScoped
public class JpaResidencyRepository implements ResidencyRepository {

    private static final String DUE_SOON_SQL = """
            select p.id from residency_report p join residency r on r.id = p.residency_id
            where p.status = 'EXPECTED' and p.reminded_at is null and p.due_date between ?1 and ?2
              and (r.status = 'ACTIVE' or p.kind = 'ALUMNI')
            order by p.due_date, p.id limit ?3 for update of p skip locked""";

    private static final String OVERDUE_SQL = """
            select p.id from residency_report p join residency r on r.id = p.residency_id
            where p.status = 'EXPECTED' and p.overdue_notified_at is null and p.due_date < ?1 and p.due_date >= ?2
            order by p.due_date, p.id limit ?3 for update of p skip locked""";

    private static final String NEARING_END_SQL = """
            select r.id from residency r
            where r.status = 'ACTIVE' and r.end_warning_sent_at is null
              and (r.start_date + make_interval(months => r.max_months))::date - 1 < ?1
            order by r.id limit ?2 for update skip locked""";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Residency> find(long id) {
        return Optional.ofNullable(em.find(Residency.class, id));
    }

    @Override
    public void add(Residency residency) {
        em.persist(residency);
    }

    @Override
    public List<Residency> ofOrganisation(long organisationId) {
        return em.createQuery(
                        "select r from Residency r where r.organisation.id = :org order by r.startDate desc",
                        Residency.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public long countActive(long incubatorId, Organisation organisation) {
        return em.createQuery(
                        "select count(r) from Residency r where r.incubatorId = :i and r.organisation = :o and r.status = :s",
                        Long.class)
                .setParameter("i", incubatorId)
                .setParameter("o", organisation)
                .setParameter("s", ResidencyStatus.ACTIVE)
                .getSingleResult();
    }

    @Override
    public List<Residency> activeIn(long incubatorId) {
        return em.createQuery(
                        "select r from Residency r join fetch r.organisation where r.incubatorId = :i and r.status = :s"
                                + " order by r.startDate, r.id",
                        Residency.class)
                .setParameter("i", incubatorId)
                .setParameter("s", ResidencyStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public Optional<Milestone> findMilestone(long id) {
        return Optional.ofNullable(em.find(Milestone.class, id));
    }

    @Override
    public void addMilestone(Milestone milestone) {
        em.persist(milestone);
    }

    @Override
    public void removeMilestone(Milestone milestone) {
        em.remove(milestone);
    }

    @Override
    public List<Milestone> milestonesOf(Residency residency) {
        return em.createQuery(
                        "select m from Milestone m where m.residency = :r order by m.dueDate, m.id", Milestone.class)
                .setParameter("r", residency)
                .getResultList();
    }

    @Override
    public Optional<PeriodicReport> findReport(long id) {
        return Optional.ofNullable(em.find(PeriodicReport.class, id));
    }

    @Override
    public void addReport(PeriodicReport report) {
        em.persist(report);
    }

    @Override
    public void removeReport(PeriodicReport report) {
        em.remove(report);
    }

    @Override
    public List<PeriodicReport> reportsOf(Residency residency, ReportKind kind) {
        return em.createQuery(
                        "select p from PeriodicReport p where p.residency = :r and p.kind = :k order by p.periodStart",
                        PeriodicReport.class)
                .setParameter("r", residency)
                .setParameter("k", kind)
                .getResultList();
    }

    @Override
    public List<PeriodicReport> reportsOf(Residency residency) {
        return em.createQuery(
                        "select p from PeriodicReport p where p.residency = :r order by p.periodStart, p.kind",
                        PeriodicReport.class)
                .setParameter("r", residency)
                .getResultList();
    }

    @Override
    public List<PeriodicReport> reportsOf(Residency residency, int offset, int limit) {
        // a residency has one report of a kind per period start (a unique index), so this order is total
        return em.createQuery(
                        "select p from PeriodicReport p where p.residency = :r order by p.periodStart, p.kind",
                        PeriodicReport.class)
                .setParameter("r", residency)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countReports(Residency residency) {
        return em.createQuery("select count(p) from PeriodicReport p where p.residency = :r", Long.class)
                .setParameter("r", residency)
                .getSingleResult();
    }

    @Override
    public Optional<PeriodicReport> reportFor(Residency residency, LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select p from PeriodicReport p where p.residency = :r and p.periodStart = :from and p.periodEnd = :to""", PeriodicReport.class)
                .setParameter("r", residency)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<GraduationRules.Figures> submittedFigures(Residency residency) {
        return em
                .createQuery("""
                        select p.periodStart, p.periodEnd, p.metrics.revenue, p.metrics.investmentRaised, p.metrics.highTechRecognised,
                               p.metrics.acquiredOrListed
                        from PeriodicReport p where p.residency = :r and p.kind = :k and p.status = org.greenhub.incubation.residency.domain.ReportStatus.SUBMITTED
                        order by p.periodStart""", Object[].class)
                .setParameter("r", residency)
                .setParameter("k", ReportKind.PERIODIC)
                .getResultList()
                .stream()
                .map(r -> new GraduationRules.Figures(
                        (LocalDate) r[0],
                        (LocalDate) r[1],
                        (BigDecimal) r[2],
                        (BigDecimal) r[3],
                        Boolean.TRUE.equals(r[4]),
                        Boolean.TRUE.equals(r[5])))
                .toList();
    }

    @Override
    public Map<EvidencePurpose, Long> evidenceCounts(Residency residency) {
        Map<EvidencePurpose, Long> counts = new EnumMap<>(EvidencePurpose.class);
        em.createQuery("""
                        select e.purpose, count(e) from ReportEvidence e where e.report.residency = :r group by e.purpose""", Object[].class)
                .setParameter("r", residency)
                .getResultList()
                .forEach(row -> counts.put((EvidencePurpose) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public Optional<ReportEvidence> findEvidence(long id) {
        return Optional.ofNullable(em.find(ReportEvidence.class, id));
    }

    @Override
    public void addEvidence(ReportEvidence evidence) {
        em.persist(evidence);
    }

    @Override
    public void removeEvidence(ReportEvidence evidence) {
        em.remove(evidence);
    }

    @Override
    public long countEvidence(PeriodicReport report) {
        return em.createQuery("select count(e) from ReportEvidence e where e.report = :r", Long.class)
                .setParameter("r", report)
                .getSingleResult();
    }

    @Override
    public List<Long> claimReportsDueSoon(LocalDate from, LocalDate to, int batch) {
        return ids(em.createNativeQuery(DUE_SOON_SQL)
                .setParameter(1, from)
                .setParameter(2, to)
                .setParameter(3, batch)
                .getResultList());
    }

    @Override
    public List<Long> claimOverdueReports(LocalDate today, LocalDate since, int batch) {
        return ids(em.createNativeQuery(OVERDUE_SQL)
                .setParameter(1, today)
                .setParameter(2, since)
                .setParameter(3, batch)
                .getResultList());
    }

    @Override
    public List<Long> claimResidenciesNearingEnd(LocalDate before, int batch) {
        return ids(em.createNativeQuery(NEARING_END_SQL)
                .setParameter(1, before)
                .setParameter(2, batch)
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(List<?> rows) {
        return ((List<Number>) rows).stream().map(Number::longValue).toList();
    }
}
