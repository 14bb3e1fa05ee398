package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.alliance.domain.ActivityBand;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.MemberEvaluation;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly member evaluation. Attendance (share of the year's events a member attended) and dues (paid in the
 * year or not) come from the records; reports and projects are the coordinator's marks. The coordinator's weights
 * combine them; adjustments need a reason; members see their result once published.
 */
@ApplicationScoped
@Transactional
public class MemberEvaluationService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext
    EntityManager em;

    @Inject
    AllianceAccess access;

    @Inject
    AuditTrail audit;

    /** (Re)computes the year for every member; coordinator marks for reports and projects are kept. Returns how many. */
    @Transactional
    public int evaluate(long allianceId, int year) {
        Alliance alliance = access.coordinated(allianceId);
        if (year < 2000 || year > access.today().getYear()) {
            throw DomainException.invalid("year", "alliance.evaluation.yearRange");
        }
        var from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long events = em.createQuery("select count(e) from AllianceEvent e where e.alliance = :a and e.startsAt >= :from and e.startsAt < :to", Long.class)
                .setParameter("a", alliance).setParameter("from", from).setParameter("to", to).getSingleResult();
        Map<Long, Long> attended = new HashMap<>();
        for (Object[] row : em.createQuery("select r.membership.id, count(distinct r.event.id) from EventRegistration r where r.attended = true "
                        + "and r.event.alliance = :a and r.event.startsAt >= :from and r.event.startsAt < :to group by r.membership.id", Object[].class)
                .setParameter("a", alliance).setParameter("from", from).setParameter("to", to).getResultList()) {
            attended.put((Long) row[0], (Long) row[1]);
        }
        List<Long> paid = em.createQuery("select distinct p.membership.id from DuesPayment p where p.allianceId = :a and p.paidOn >= :from and p.paidOn < :to", Long.class)
                .setParameter("a", allianceId).setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultList();
        Map<Long, MemberEvaluation> existing = new HashMap<>();
        em.createQuery("select e from MemberEvaluation e where e.allianceId = :a and e.year = :y", MemberEvaluation.class)
                .setParameter("a", allianceId).setParameter("y", year).getResultList()
                .forEach(e -> existing.put(e.getMembership().getId(), e));
        List<Membership> members = em.createQuery("select m from Membership m where m.alliance = :a and m.status in :members", Membership.class)
                .setParameter("a", alliance).setParameter("members", MembershipStatus.MEMBERS).getResultList();
        for (Membership m : members) {
            MemberEvaluation evaluation = existing.get(m.getId());
            boolean isNew = evaluation == null;
            if (isNew) {
                evaluation = new MemberEvaluation(m, year, access.now());
            }
            BigDecimal attendance = events == 0 ? HUNDRED
                    : BigDecimal.valueOf(attended.getOrDefault(m.getId(), 0L) * 100).divide(BigDecimal.valueOf(events), 2, RoundingMode.HALF_UP);
            BigDecimal dues = paid.contains(m.getId()) ? HUNDRED : BigDecimal.ZERO;
            evaluation.score(new MemberEvaluation.Parts(attendance,
                    evaluation.getReportsScore() == null ? BigDecimal.ZERO : evaluation.getReportsScore(),
                    evaluation.getProjectsScore() == null ? BigDecimal.ZERO : evaluation.getProjectsScore(), dues), alliance.weights(), access.now());
            if (isNew) {
                em.persist(evaluation);
            }
        }
        audit.record("ALLIANCE_EVALUATION_COMPUTED", "Alliance", allianceId, null, Map.of("year", year, "members", members.size()), null);
        return members.size();
    }

    /** The coordinator's marks for reports and projects (0-100). */
    @Transactional
    public void mark(long evaluationId, BigDecimal reports, BigDecimal projects) {
        MemberEvaluation evaluation = evaluation(evaluationId);
        Alliance alliance = evaluation.getMembership().getAlliance();
        evaluation.score(new MemberEvaluation.Parts(evaluation.getAttendanceScore(), reports, projects, evaluation.getDuesScore()),
                alliance.weights(), access.now());
        audit.record("ALLIANCE_EVALUATION_MARKED", "MemberEvaluation", evaluationId, null, Map.of("reports", reports, "projects", projects), null);
    }

    @Transactional
    public void adjust(long evaluationId, BigDecimal by, String reason) {
        MemberEvaluation evaluation = evaluation(evaluationId);
        BigDecimal before = evaluation.getFinalScore();
        evaluation.adjust(by, reason);
        audit.record("ALLIANCE_EVALUATION_ADJUSTED", "MemberEvaluation", evaluationId, Map.of("score", before),
                Map.of("score", evaluation.getFinalScore()), reason);
    }

    /** Shows the year's results to the members. */
    @Transactional
    public int publish(long allianceId, int year) {
        access.coordinated(allianceId);
        List<MemberEvaluation> all = em.createQuery("select e from MemberEvaluation e where e.allianceId = :a and e.year = :y", MemberEvaluation.class)
                .setParameter("a", allianceId).setParameter("y", year).getResultList();
        all.forEach(MemberEvaluation::publish);
        audit.record("ALLIANCE_EVALUATION_PUBLISHED", "Alliance", allianceId, null, Map.of("year", year, "members", all.size()), null);
        return all.size();
    }

    public List<EvaluationLine> year(long allianceId, int year, int first, int size) {
        access.coordinated(allianceId);
        return em.createQuery("select new org.greenhub.alliance.application.MemberEvaluationService$EvaluationLine(e.id, m.id, m.sortName, "
                        + "e.attendanceScore, e.reportsScore, e.projectsScore, e.duesScore, e.computedScore, e.adjustment, e.adjustmentReason, "
                        + "e.finalScore, e.band, e.published) from MemberEvaluation e join e.membership m where e.allianceId = :a and e.year = :y "
                        + "order by m.sortName, e.id", EvaluationLine.class)
                .setParameter("a", allianceId).setParameter("y", year).setFirstResult(first).setMaxResults(Math.min(size, 200)).getResultList();
    }

    public long countYear(long allianceId, int year) {
        access.coordinated(allianceId);
        return em.createQuery("select count(e) from MemberEvaluation e where e.allianceId = :a and e.year = :y", Long.class)
                .setParameter("a", allianceId).setParameter("y", year).getSingleResult();
    }

    private MemberEvaluation evaluation(long evaluationId) {
        MemberEvaluation evaluation = em.find(MemberEvaluation.class, evaluationId);
        if (evaluation == null) {
            throw DomainException.notFound();
        }
        access.coordinated(evaluation.getMembership().getAlliance().getId());
        return evaluation;
    }

    public record EvaluationLine(long id, long membershipId, String member, BigDecimal attendance, BigDecimal reports, BigDecimal projects,
                                 BigDecimal dues, BigDecimal computed, BigDecimal adjustment, String adjustmentReason,
                                 BigDecimal finalScore, ActivityBand band, boolean published) implements Serializable {
    }
}
