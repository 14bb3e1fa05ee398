package org.greenhub.organisation.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.domain.Period;
import org.greenhub.platform.error.DomainException;

/**
 * A person's role in an organisation over a period. Kept after it ends, so "affiliated with the applicant in the
 * last three years" (conflicts of interest) can be answered from the records.
 */
@Entity
@Table(name = "affiliation")
public class Affiliation extends CreatedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AffiliationRole role;

    @Embedded
    @AttributeOverride(name = "since", column = @Column(name = "valid_from", nullable = false))
    @AttributeOverride(name = "until", column = @Column(name = "valid_to"))
    private Period period;

    protected Affiliation() {}

    public Affiliation(
            Organisation organisation, UserAccount person, AffiliationRole role, LocalDate validFrom, Instant now) {
        if (role == null) {
            throw DomainException.invalid("role", "platform.validation.required");
        }
        this.organisation = organisation;
        this.person = person;
        this.role = role;
        this.period = Period.startingOn(validFrom);
        setCreatedAt(now);
    }

    public void end(LocalDate on) {
        if (period.isEnded()) {
            throw DomainException.conflict(null, "organisation.affiliation.alreadyEnded");
        }
        if (!period.canEndOn(on)) {
            throw DomainException.invalid("validTo", "organisation.affiliation.endBeforeStart");
        }
        period = period.endedOn(on);
    }

    public boolean isCurrent(LocalDate today) {
        return period.contains(today);
    }

    /** True when the period overlaps the given number of years back from today (conflict-of-interest window). */
    public boolean overlapsLastYears(LocalDate today, int years) {
        return period.isOpenOn(today.minusYears(years));
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public UserAccount getPerson() {
        return person;
    }

    public AffiliationRole getRole() {
        return role;
    }

    public Period getPeriod() {
        return period;
    }

    public LocalDate getValidFrom() {
        return period.since();
    }

    public LocalDate getValidTo() {
        return period.until();
    }
}
