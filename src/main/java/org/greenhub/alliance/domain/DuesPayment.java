package org.greenhub.alliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/** One line of the dues ledger: an amount received on a day with its bank or receipt reference (no payment gateway). */
@Entity
@Table(name = "alliance_dues_payment")
public class DuesPayment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @Column(name = "alliance_id", nullable = false)
    private Long allianceId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false)
    private String reference;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private Long recordedBy;

    protected DuesPayment() {}

    public DuesPayment(Membership membership, Dues dues, LocalDate today, Instant now, Long recordedBy) {
        dues.validate(today);
        this.membership = membership;
        this.allianceId = membership.getAlliance().getId();
        this.amount = dues.amount();
        this.paidOn = dues.paidOn();
        this.reference = dues.reference().strip();
        this.recordedAt = now;
        this.recordedBy = recordedBy;
    }

    public Membership getMembership() {
        return membership;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getReference() {
        return reference;
    }

    /** Dues as the coordinator enters them. */
    public record Dues(BigDecimal amount, LocalDate paidOn, String reference) implements java.io.Serializable {

        public void validate(LocalDate today) {
            if (amount == null) {
                throw DomainException.invalid("amount", "platform.validation.required");
            }
            if (amount.signum() <= 0) {
                throw DomainException.invalid("amount", "alliance.dues.amountPositive");
            }
            if (amount.compareTo(MemberCategory.MAX_DUES) > 0
                    || amount.stripTrailingZeros().scale() > 2) {
                throw DomainException.invalid("amount", "alliance.validation.dues");
            }
            if (paidOn == null) {
                throw DomainException.invalid("paidOn", "platform.validation.required");
            }
            if (paidOn.isAfter(today)) {
                throw DomainException.invalid("paidOn", "alliance.dues.dateInFuture");
            }
            if (paidOn.getYear() < 1990) {
                throw DomainException.invalid("paidOn", "alliance.dues.dateTooOld");
            }
            TextRules.name("reference", reference, 100);
        }
    }
}
