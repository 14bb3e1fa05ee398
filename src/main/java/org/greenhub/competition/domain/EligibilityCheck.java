package org.greenhub.competition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;

/**
 * The stored result of one eligibility rule for one entry (computed at submission and at each re-check), with the
 * reason as a message key and arguments, and a manager's override with its recorded reason.
 */
@Entity
@Table(name = "competition_eligibility_check")
public class EligibilityCheck extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private Entry entry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EligibilityRule rule;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "reason_key", nullable = false)
    private String reasonKey;

    /** The reason's arguments, joined with the unit separator U+001F. */
    @Column(name = "reason_args")
    private String reasonArgs;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "override_passed")
    private Boolean overridePassed;

    @Column(name = "override_reason")
    private String overrideReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "override_by")
    private UserAccount overrideBy;

    @Column(name = "override_at")
    private Instant overrideAt;

    protected EligibilityCheck() {}

    public EligibilityCheck(Entry entry, EligibilityRule rule) {
        this.entry = entry;
        this.rule = rule;
    }

    public void record(boolean rulePassed, String key, String[] args, Instant now) {
        this.passed = rulePassed;
        this.reasonKey = key;
        this.reasonArgs = args == null || args.length == 0 ? null : String.join("\u001f", args);
        this.checkedAt = now;
    }

    public void override(boolean result, String reason, UserAccount manager, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "competition.eligibility.overrideReasonRequired");
        }
        if (reason.strip().length() > 2000) {
            throw DomainException.invalid("reason", "platform.validation.tooLong", 2000);
        }
        this.overridePassed = result;
        this.overrideReason = reason.strip();
        this.overrideBy = manager;
        this.overrideAt = now;
    }

    public void clearOverride() {
        this.overridePassed = null;
        this.overrideReason = null;
        this.overrideBy = null;
        this.overrideAt = null;
    }

    /** The result that counts: the manager's override if any, else the automatic one. */
    public boolean effectivePassed() {
        return overridePassed != null ? overridePassed : passed;
    }

    public String[] reasonArguments() {
        return reasonArgs == null ? new String[0] : reasonArgs.split("\u001f", -1);
    }

    public Entry getEntry() {
        return entry;
    }

    public EligibilityRule getRule() {
        return rule;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public String getReasonArgs() {
        return reasonArgs;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Boolean getOverridePassed() {
        return overridePassed;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public UserAccount getOverrideBy() {
        return overrideBy;
    }

    public Instant getOverrideAt() {
        return overrideAt;
    }
}
