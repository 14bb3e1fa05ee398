package org.greenhub.evaluation.domain.conflict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;

/**
 * A conflict of interest a judge declares, either on one subject or on a whole organisation (then it covers every
 * subject that organisation submits). A judge's own declaration can never be waived by a manager.
 */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration extends BaseEntity {

    static final int MAX_REASON = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "judge_id")
    private UserAccount judge;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private EvaluationSubject subject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConflictType type;

    @Column(nullable = false)
    private String reason;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected ConflictDeclaration() {}

    private ConflictDeclaration(
            UserAccount judge,
            EvaluationSubject subject,
            Organisation organisation,
            ConflictType type,
            String reason,
            Instant now) {
        if (judge == null) {
            throw DomainException.invalid("judge", "platform.validation.required");
        }
        if (type == null) {
            throw DomainException.invalid("type", "platform.validation.required");
        }
        this.judge = judge;
        this.subject = subject;
        this.organisation = organisation;
        this.type = type;
        this.reason = ConflictTexts.reason(reason);
        this.declaredAt = now;
    }

    public static ConflictDeclaration onSubject(
            UserAccount judge, EvaluationSubject subject, ConflictType type, String reason, Instant now) {
        if (subject == null) {
            throw DomainException.invalid("subject", "platform.validation.required");
        }
        return new ConflictDeclaration(judge, subject, null, type, reason, now);
    }

    public static ConflictDeclaration onOrganisation(
            UserAccount judge, Organisation organisation, ConflictType type, String reason, Instant now) {
        if (organisation == null) {
            throw DomainException.invalid("organisation", "platform.validation.required");
        }
        return new ConflictDeclaration(judge, null, organisation, type, reason, now);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("judge", judge.getId());
        state.put("subject", subject == null ? null : subject.getId());
        state.put("organisation", organisation == null ? null : organisation.getId());
        state.put("type", type);
        state.put("reason", reason);
        return state;
    }

    public UserAccount getJudge() {
        return judge;
    }

    public EvaluationSubject getSubject() {
        return subject;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ConflictType getType() {
        return type;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
