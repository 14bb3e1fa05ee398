package org.greenhub.evaluation.domain.conflict;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.domain.Period;
import org.greenhub.platform.error.DomainException;

/**
 * An organisation a judge lists in their profile as one they have ties with (advised it, invested in it, ...),
 * over a period. A tie overlapping the last three years makes the judge conflicted with that organisation's subjects.
 */
@Entity
@Table(name = "judge_tie")
public class JudgeTie extends CreatedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "judge_id")
    private UserAccount judge;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConflictType type;

    @Embedded
    @AttributeOverride(name = "since", column = @Column(name = "valid_from", nullable = false))
    @AttributeOverride(name = "until", column = @Column(name = "valid_to"))
    private Period period;

    private String note;

    protected JudgeTie() {}

    public JudgeTie(
            UserAccount judge,
            Organisation organisation,
            ConflictType type,
            LocalDate validFrom,
            LocalDate validTo,
            String note,
            Instant now) {
        if (judge == null) {
            throw DomainException.invalid("judge", "platform.validation.required");
        }
        if (organisation == null) {
            throw DomainException.invalid("organisation", "platform.validation.required");
        }
        if (type == null) {
            throw DomainException.invalid("type", "platform.validation.required");
        }
        if (validFrom == null) {
            throw DomainException.invalid("validFrom", "platform.validation.required");
        }
        if (!Period.ordered(validFrom, validTo)) {
            throw DomainException.invalid("validTo", "evaluation.conflict.tieEndsBeforeStart");
        }
        this.judge = judge;
        this.organisation = organisation;
        this.type = type;
        this.period = Period.of(validFrom, validTo);
        this.note = ConflictTexts.optional("note", note);
        setCreatedAt(now);
    }

    public void end(LocalDate on) {
        if (period.isEnded()) {
            throw DomainException.conflict(null, "evaluation.conflict.tieAlreadyEnded");
        }
        if (!period.canEndOn(on)) {
            throw DomainException.invalid("validTo", "evaluation.conflict.tieEndsBeforeStart");
        }
        period = period.endedOn(on);
    }

    /** Whether the tie still counts as a conflict on the given day. */
    public boolean countsOn(LocalDate today) {
        return ConflictWindow.counts(period.until(), today);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("judge", judge.getId());
        state.put("organisation", organisation.getId());
        state.put("type", type);
        state.put("from", period.since());
        state.put("to", period.until());
        state.put("note", note);
        return state;
    }

    public UserAccount getJudge() {
        return judge;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ConflictType getType() {
        return type;
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

    public String getNote() {
        return note;
    }
}
