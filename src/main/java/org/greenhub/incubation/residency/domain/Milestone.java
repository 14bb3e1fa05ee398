package org.greenhub.incubation.residency.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.i18n.LocalisedName;

/** One step of a resident's plan: reach {@code target} {@code unit} (e.g. 3 pilot customers) by the due date. */
@Entity
@Table(name = "residency_milestone")
public class Milestone extends CreatedEntity implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal MAX = new BigDecimal("1000000000000");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "residency_id")
    private Residency residency;

    // the resident reads the milestone and its unit in their language (V643 added the translations)
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title", nullable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "title_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "title_vi"))
    private LocalisedName title;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "unit", nullable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "unit_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "unit_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "unit_vi"))
    private LocalisedName unit;

    @Column(nullable = false)
    private BigDecimal target;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    private BigDecimal achieved;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    protected Milestone() {}

    /** A milestone written in English only. */
    public Milestone(
            Residency residency, String title, String unit, BigDecimal target, LocalDate dueDate, Instant now) {
        this(residency, LocalisedInput.english(title), LocalisedInput.english(unit), target, dueDate, now);
    }

    public Milestone(
            Residency residency,
            LocalisedInput title,
            LocalisedInput unit,
            BigDecimal target,
            LocalDate dueDate,
            Instant now) {
        this.residency = residency;
        this.title = title.name("title", 200);
        this.unit = unit.name("unit", 40);
        if (target == null || target.signum() <= 0 || target.compareTo(MAX) > 0) {
            throw DomainException.invalid("target", "residency.milestone.targetRange");
        }
        if (target.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("target", "residency.metrics.tooPrecise", 2);
        }
        if (dueDate == null) {
            throw DomainException.invalid("dueDate", "residency.milestone.dueRequired");
        }
        if (dueDate.isBefore(residency.getStartDate()) || dueDate.isAfter(residency.lastDay())) {
            throw DomainException.invalid(
                    "dueDate", "residency.milestone.dueOutside", residency.getStartDate(), residency.lastDay());
        }
        this.target = target;
        this.dueDate = dueDate;
        setCreatedAt(now);
    }

    /** Records how far the resident has come. */
    public void progress(BigDecimal value, LocalDate on) {
        if (value == null || value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw DomainException.invalid("achieved", "residency.milestone.achievedRange");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("achieved", "residency.metrics.tooPrecise", 2);
        }
        achieved = value;
        achievedOn = on;
    }

    public boolean reached() {
        return achieved != null && achieved.compareTo(target) >= 0;
    }

    public boolean late(LocalDate today) {
        return !reached() && today.isAfter(dueDate);
    }

    public Residency getResidency() {
        return residency;
    }
    /** The English title (audit); readers get {@link #getTitles()}. */
    public String getTitle() {
        return title.english();
    }

    public LocalisedName getTitles() {
        return title;
    }

    public LocalisedName getUnit() {
        return unit;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getAchieved() {
        return achieved;
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }
}
