package org.greenhub.incubation.residency.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.greenhub.incubation.domain.IncubatorServiceKind;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * A start-up's stay in an incubator: from its start date for at most {@code maxMonths} months, in some space, with a
 * mentor and the services it uses. It ends by graduation (then five yearly alumni reports follow) or by an exit
 * with a reason.
 */
@Entity
@Table(name = "residency")
public class Residency extends VersionedEntity implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Managers are warned when the maximum period ends within this many months. */
    public static final int WARNING_MONTHS = 6;

    public static final int MAX_NOTE = 2000;

    @Column(name = "incubator_id", nullable = false)
    private long incubatorId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "max_months", nullable = false)
    private int maxMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "space_kind", nullable = false)
    private SpaceKind spaceKind;

    @Column(name = "area_m2")
    private BigDecimal areaM2;

    private Integer workstations;

    @Column(name = "space_note")
    private String spaceNote;

    @Column(name = "mentor_name")
    private String mentorName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "residency_service", joinColumns = @JoinColumn(name = "residency_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service")
    private Set<IncubatorServiceKind> services = EnumSet.noneOf(IncubatorServiceKind.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "report_frequency", nullable = false)
    private ReportFrequency reportFrequency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResidencyStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResidencyOrigin origin;

    @Column(name = "origin_reference")
    private String originReference;

    @Column(name = "graduated_on")
    private LocalDate graduatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "graduation_criterion")
    private GraduationCriterion graduationCriterion;

    @Column(name = "graduation_note")
    private String graduationNote;

    @Column(name = "exited_on")
    private LocalDate exitedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason")
    private ExitReason exitReason;

    @Column(name = "exit_note")
    private String exitNote;

    @Column(name = "alumni_until")
    private LocalDate alumniUntil;

    @Column(name = "end_warning_sent_at")
    private Instant endWarningSentAt;

    protected Residency() {}

    public Residency(
            long incubatorId,
            Organisation organisation,
            LocalDate startDate,
            int maxMonths,
            ReportFrequency frequency,
            ResidencyOrigin origin,
            String originReference,
            Instant now) {
        if (startDate == null) {
            throw DomainException.invalid("startDate", "residency.startDateRequired");
        }
        this.incubatorId = incubatorId;
        this.organisation = organisation;
        this.startDate = startDate;
        this.reportFrequency = frequency == null ? ReportFrequency.QUARTERLY : frequency;
        this.origin = origin;
        this.originReference = originReference;
        this.status = ResidencyStatus.ACTIVE;
        this.spaceKind = SpaceKind.WORKSTATIONS;
        setCreatedAt(now);
        changeMaxMonths(maxMonths);
    }

    /** The space, mentor and services; refuses negative or absurd space figures. */
    public void arrange(Terms terms) {
        if (terms.spaceKind() == null) {
            throw DomainException.invalid("spaceKind", "residency.spaceRequired");
        }
        if (terms.areaM2() != null
                && (terms.areaM2().signum() < 0 || terms.areaM2().compareTo(new BigDecimal("100000")) > 0)) {
            throw DomainException.invalid("areaM2", "residency.areaRange");
        }
        if (terms.workstations() != null && (terms.workstations() < 0 || terms.workstations() > 1000)) {
            throw DomainException.invalid("workstations", "residency.workstationsRange");
        }
        spaceKind = terms.spaceKind();
        areaM2 = terms.areaM2();
        workstations = terms.workstations();
        spaceNote = TextRules.optionalName("spaceNote", terms.spaceNote(), 300);
        mentorName = TextRules.optionalName("mentorName", terms.mentorName(), 200);
        services = terms.services() == null || terms.services().isEmpty()
                ? EnumSet.noneOf(IncubatorServiceKind.class)
                : EnumSet.copyOf(terms.services());
    }

    public void changeMaxMonths(int months) {
        if (months < 1 || months > ResidencyPolicy.MAX_MONTHS) {
            throw DomainException.invalid("maxMonths", "residency.policy.monthsRange", ResidencyPolicy.MAX_MONTHS);
        }
        this.maxMonths = months;
    }

    /** The last day the resident may stay. */
    public LocalDate lastDay() {
        return startDate.plusMonths(maxMonths).minusDays(1);
    }

    /** The last day of the residency as it is: the day it ended, or the last day allowed. */
    public LocalDate endOrLastDay() {
        return graduatedOn != null ? graduatedOn : exitedOn != null ? exitedOn : lastDay();
    }

    public boolean isActive() {
        return status == ResidencyStatus.ACTIVE;
    }

    /** Whole months left before the maximum period ends (negative once it is over). */
    public long monthsLeft(LocalDate today) {
        return ChronoUnit.MONTHS.between(today, lastDay().plusDays(1));
    }

    public boolean nearingMaximum(LocalDate today) {
        return isActive() && !today.isBefore(lastDay().plusDays(1).minusMonths(WARNING_MONTHS));
    }

    public boolean covers(LocalDate from, LocalDate to) {
        return !from.isBefore(startDate) && !to.isAfter(endOrLastDay());
    }

    public void graduate(GraduationCriterion criterion, LocalDate on, String note, LocalDate today) {
        requireActive();
        if (criterion == null) {
            throw DomainException.invalid("criterion", "residency.graduation.criterionRequired");
        }
        checkEndDate(on, today);
        status = ResidencyStatus.GRADUATED;
        graduatedOn = on;
        graduationCriterion = criterion;
        graduationNote = note(note, "note");
        alumniUntil = on.plusYears(ReportSchedule.ALUMNI_YEARS);
    }

    public void exit(ExitReason reason, LocalDate on, String note, LocalDate today) {
        requireActive();
        if (reason == null) {
            throw DomainException.invalid("reason", "residency.exit.reasonRequired");
        }
        String text = note(note, "note");
        if (reason == ExitReason.OTHER && text == null) {
            throw DomainException.invalid("note", "residency.exit.noteRequired");
        }
        checkEndDate(on, today);
        status = ResidencyStatus.EXITED;
        exitedOn = on;
        exitReason = reason;
        exitNote = text;
    }

    private void checkEndDate(LocalDate on, LocalDate today) {
        if (on == null) {
            throw DomainException.invalid("date", "residency.endDateRequired");
        }
        if (on.isBefore(startDate)) {
            throw DomainException.invalid("date", "residency.endBeforeStart");
        }
        if (on.isAfter(today)) {
            throw DomainException.invalid("date", "residency.endInFuture");
        }
    }

    private static String note(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_NOTE) {
            throw DomainException.invalid(field, "residency.textTooLong", MAX_NOTE);
        }
        return TextRules.optionalProse(field, stripped, MAX_NOTE);
    }

    private void requireActive() {
        if (!isActive()) {
            throw DomainException.conflict(null, "residency.notActive");
        }
    }

    public void endWarningSent(Instant now) {
        endWarningSentAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("incubator", incubatorId);
        s.put("organisation", organisation.getId());
        s.put("start", startDate);
        s.put("maxMonths", maxMonths);
        s.put("space", spaceKind);
        s.put("areaM2", areaM2);
        s.put("workstations", workstations);
        s.put("mentor", mentorName);
        s.put("services", services);
        s.put("status", status);
        s.put("graduatedOn", graduatedOn);
        s.put("criterion", graduationCriterion);
        s.put("exitedOn", exitedOn);
        s.put("exitReason", exitReason);
        return s;
    }

    public record Terms(
            SpaceKind spaceKind,
            BigDecimal areaM2,
            Integer workstations,
            String spaceNote,
            String mentorName,
            Set<IncubatorServiceKind> services)
            implements Serializable {}

    public Terms terms() {
        return new Terms(
                spaceKind,
                areaM2,
                workstations,
                spaceNote,
                mentorName,
                services.isEmpty() ? Set.of() : EnumSet.copyOf(services));
    }

    public long getIncubatorId() {
        return incubatorId;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getMaxMonths() {
        return maxMonths;
    }

    public SpaceKind getSpaceKind() {
        return spaceKind;
    }

    public BigDecimal getAreaM2() {
        return areaM2;
    }

    public Integer getWorkstations() {
        return workstations;
    }

    public String getSpaceNote() {
        return spaceNote;
    }

    public String getMentorName() {
        return mentorName;
    }

    public Set<IncubatorServiceKind> getServices() {
        return services;
    }

    public ReportFrequency getReportFrequency() {
        return reportFrequency;
    }

    public ResidencyStatus getStatus() {
        return status;
    }

    public ResidencyOrigin getOrigin() {
        return origin;
    }

    public String getOriginReference() {
        return originReference;
    }

    public LocalDate getGraduatedOn() {
        return graduatedOn;
    }

    public GraduationCriterion getGraduationCriterion() {
        return graduationCriterion;
    }

    public String getGraduationNote() {
        return graduationNote;
    }

    public LocalDate getExitedOn() {
        return exitedOn;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public String getExitNote() {
        return exitNote;
    }

    public LocalDate getAlumniUntil() {
        return alumniUntil;
    }

    public Instant getEndWarningSentAt() {
        return endWarningSentAt;
    }
}
