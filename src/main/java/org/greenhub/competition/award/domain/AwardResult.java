package org.greenhub.competition.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;

/**
 * The award result of one competition edition and its life: proposal, four-eyes approval, publication with a notice
 * period, finality. Whether it is final is also <em>computed</em> ({@link #isFinalAt}), so every node shows the same
 * state the moment the period ends and the last objection is decided, whether or not the finaliser job ran yet.
 */
@Entity
@Table(name = "award_result")
public class AwardResult extends BaseEntity {

    @Column(name = "competition_id", nullable = false)
    private long competitionId;

    @Column(name = "evaluation_round_id", nullable = false)
    private long evaluationRoundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AwardResultStatus status;

    @Column(name = "proposed_by", nullable = false)
    private long proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "notice_ends_at")
    private Instant noticeEndsAt;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Column(name = "results_sha256", nullable = false)
    private String resultsSha256;

    @Version
    private long version;

    protected AwardResult() {}

    public AwardResult(long competitionId, long evaluationRoundId, long proposedBy, String resultsSha256, Instant now) {
        this.competitionId = competitionId;
        this.evaluationRoundId = evaluationRoundId;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
        this.resultsSha256 = Objects.requireNonNull(resultsSha256);
        this.status = AwardResultStatus.PROPOSED;
    }

    /** Four eyes: the approver is a different manager from the proposer. */
    public void approve(long approverId, Instant now) {
        if (status != AwardResultStatus.PROPOSED) {
            throw DomainException.conflict("status", "award.result.notProposed");
        }
        if (approverId == proposedBy) {
            throw DomainException.conflict("approver", "award.result.fourEyes");
        }
        this.approvedBy = approverId;
        this.approvedAt = now;
        this.status = AwardResultStatus.APPROVED;
    }

    /** The provisional result goes public; the notice period runs from now for {@code noticeDays} calendar days. */
    public void publish(Instant now, int noticeDays) {
        if (status != AwardResultStatus.APPROVED) {
            throw DomainException.conflict("status", "award.result.notApproved");
        }
        this.publishedAt = now;
        this.noticeEndsAt = now.plus(Duration.ofDays(noticeDays));
        this.status = AwardResultStatus.PUBLISHED;
    }

    public boolean isPublic() {
        return status == AwardResultStatus.PUBLISHED || status == AwardResultStatus.FINAL;
    }

    public boolean isNoticeRunningAt(Instant now) {
        return status == AwardResultStatus.PUBLISHED && now.isBefore(noticeEndsAt);
    }

    /** Final: marked so, or published with the period over and no objection still open. */
    public boolean isFinalAt(Instant now, long openObjections) {
        return status == AwardResultStatus.FINAL
                || (status == AwardResultStatus.PUBLISHED && !now.isBefore(noticeEndsAt) && openObjections == 0);
    }

    /** An objection may be filed only while the notice period runs. */
    public void requireObjectionsOpen(Instant now) {
        if (status == AwardResultStatus.FINAL) {
            throw DomainException.conflict(null, "award.objection.resultFinal");
        }
        if (status != AwardResultStatus.PUBLISHED) {
            throw DomainException.notFound();
        }
        if (!now.isBefore(noticeEndsAt)) {
            throw DomainException.conflict(null, "award.objection.periodOver");
        }
    }

    public void markFinal(Instant now, long openObjections) {
        if (!isFinalAt(now, openObjections) || status == AwardResultStatus.FINAL) {
            throw DomainException.conflict("status", "award.result.notFinalYet");
        }
        this.status = AwardResultStatus.FINAL;
        this.finalisedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", status);
        s.put("competition", competitionId);
        s.put("round", evaluationRoundId);
        s.put("proposedBy", proposedBy);
        s.put("approvedBy", approvedBy);
        s.put("noticeEndsAt", noticeEndsAt);
        s.put("sha256", resultsSha256);
        return s;
    }

    public long getCompetitionId() {
        return competitionId;
    }

    public long getEvaluationRoundId() {
        return evaluationRoundId;
    }

    public AwardResultStatus getStatus() {
        return status;
    }

    public long getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getNoticeEndsAt() {
        return noticeEndsAt;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    public String getResultsSha256() {
        return resultsSha256;
    }

    public long getVersion() {
        return version;
    }
}
