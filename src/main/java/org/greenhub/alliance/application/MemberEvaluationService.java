package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.alliance.domain.ActivityBand;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceEventRepository;
import org.greenhub.alliance.domain.MemberEvaluation;
import org.greenhub.alliance.domain.MemberEvaluationRepository;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

/**
 * The yearly member evaluation. Attendance (share of the year's events a member attended) and dues (paid in the
 * year or not) come from the records; reports and projects are the coordinator's marks. The coordinator's weights
 * combine them; adjustments need a reason; members see their result once published.
 */
@ApplicationScoped
@Transactional
public class MemberEvaluationService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    MemberEvaluationRepository evaluations;

    @Inject
    AllianceEventRepository events;

    @Inject
    MembershipRepository memberships;

    @Inject
    AllianceReads reads;

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
        long events = this.events.countBetween(alliance, from, to);
        Map<Long, Long> attended = reads.attendance(alliance, from, to);
        List<Long> paid = reads.paidMembershipIds(allianceId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        Map<Long, MemberEvaluation> existing = new HashMap<>();
        evaluations
                .of(allianceId, year)
                .forEach(e -> existing.put(e.getMembership().getId(), e));
        List<Membership> members = memberships.membersOf(alliance);
        for (Membership m : members) {
            MemberEvaluation evaluation = existing.get(m.getId());
            boolean isNew = evaluation == null;
            if (isNew) {
                evaluation = new MemberEvaluation(m, year, access.now());
            }
            BigDecimal attendance = events == 0
                    ? HUNDRED
                    : BigDecimal.valueOf(attended.getOrDefault(m.getId(), 0L) * 100)
                            .divide(BigDecimal.valueOf(events), 2, RoundingMode.HALF_UP);
            BigDecimal dues = paid.contains(m.getId()) ? HUNDRED : BigDecimal.ZERO;
            evaluation.score(
                    new MemberEvaluation.Parts(
                            attendance,
                            evaluation.getReportsScore() == null ? BigDecimal.ZERO : evaluation.getReportsScore(),
                            evaluation.getProjectsScore() == null ? BigDecimal.ZERO : evaluation.getProjectsScore(),
                            dues),
                    alliance.weights(),
                    access.now());
            if (isNew) {
                evaluations.add(evaluation);
            }
        }
        audit.record(
                "ALLIANCE_EVALUATION_COMPUTED",
                "Alliance",
                allianceId,
                null,
                Map.of("year", year, "members", members.size()),
                null);
        return members.size();
    }

    /** The coordinator's marks for reports and projects (0-100). */
    @Transactional
    public void mark(long evaluationId, BigDecimal reports, BigDecimal projects) {
        MemberEvaluation evaluation = evaluation(evaluationId);
        Alliance alliance = evaluation.getMembership().getAlliance();
        evaluation.score(
                new MemberEvaluation.Parts(
                        evaluation.getAttendanceScore(), reports, projects, evaluation.getDuesScore()),
                alliance.weights(),
                access.now());
        audit.record(
                "ALLIANCE_EVALUATION_MARKED",
                "MemberEvaluation",
                evaluationId,
                null,
                Map.of("reports", reports, "projects", projects),
                null);
    }

    @Transactional
    public void adjust(long evaluationId, BigDecimal by, String reason) {
        MemberEvaluation evaluation = evaluation(evaluationId);
        BigDecimal before = evaluation.getFinalScore();
        evaluation.adjust(by, reason);
        audit.record(
                "ALLIANCE_EVALUATION_ADJUSTED",
                "MemberEvaluation",
                evaluationId,
                Map.of("score", before),
                Map.of("score", evaluation.getFinalScore()),
                reason);
    }

    /** Shows the year's results to the members. */
    @Transactional
    public int publish(long allianceId, int year) {
        access.coordinated(allianceId);
        List<MemberEvaluation> all = evaluations.of(allianceId, year);
        all.forEach(MemberEvaluation::publish);
        audit.record(
                "ALLIANCE_EVALUATION_PUBLISHED",
                "Alliance",
                allianceId,
                null,
                Map.of("year", year, "members", all.size()),
                null);
        return all.size();
    }

    public List<EvaluationLine> year(long allianceId, int year, int first, int size) {
        access.coordinated(allianceId);
        return reads.evaluationLines(allianceId, year, first, size);
    }

    public long countYear(long allianceId, int year) {
        access.coordinated(allianceId);
        return reads.countEvaluations(allianceId, year);
    }

    private MemberEvaluation evaluation(long evaluationId) {
        MemberEvaluation evaluation = evaluations.find(evaluationId).orElseThrow(DomainException::notFound);
        access.coordinated(evaluation.getMembership().getAlliance().getId());
        return evaluation;
    }

    public record EvaluationLine(
            long id,
            long membershipId,
            String member,
            BigDecimal attendance,
            BigDecimal reports,
            BigDecimal projects,
            BigDecimal dues,
            BigDecimal computed,
            BigDecimal adjustment,
            String adjustmentReason,
            BigDecimal finalScore,
            ActivityBand band,
            boolean published)
            implements Serializable {}
}
