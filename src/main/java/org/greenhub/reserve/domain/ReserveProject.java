package org.greenhub.reserve.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.greenhub.platform.domain.Period;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.SearchKey;
import org.greenhub.platform.text.TextRules;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A project declared to the green project reserve by an organisation, through one call. Its declaration is changed
 * only while the owner holds it ({@link ProjectStatus#editableByOwner()}); submitting screens it against the call and
 * keeps the reviewers' flags with it; the manager's decision lists it with a grade and a validity, returns it or
 * rejects it, always with a reason the owner reads.
 */
@Entity
@Table(name = "reserve_project")
public class ReserveProject extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 60)
    private GreenCategory category;

    @Column(name = "zone_code", length = 20)
    private String zoneCode;

    @Column(length = 200)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStage stage;

    @Column(name = "total_investment_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal totalInvestmentYuan;

    @Column(name = "financing_sought_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal financingSoughtYuan;

    @ElementCollection
    @CollectionTable(name = "reserve_project_instrument", joinColumns = @JoinColumn(name = "project_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "instrument", nullable = false, length = 20)
    private Set<FinancingInstrument> instruments = EnumSet.noneOf(FinancingInstrument.class);

    @Embedded
    @AttributeOverride(name = "energySavedTce", column = @Column(name = "expected_energy_saved_tce"))
    @AttributeOverride(name = "co2AvoidedT", column = @Column(name = "expected_co2_avoided_t"))
    @AttributeOverride(name = "waterSavedM3", column = @Column(name = "expected_water_saved_m3"))
    @AttributeOverride(name = "wasteRecycledT", column = @Column(name = "expected_waste_recycled_t"))
    private Benefits expected;

    @Column(name = "estimate_method", length = 2000)
    private String estimateMethod;

    @ElementCollection
    @CollectionTable(name = "reserve_project_evidence", joinColumns = @JoinColumn(name = "project_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private Set<EvidenceKind> evidence = EnumSet.noneOf(EvidenceKind.class);

    /** The owner's choice: contact details shown to verified funders only, or to nobody until they accept contact. */
    @Column(name = "contact_for_funders", nullable = false)
    private boolean contactForFunders;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** What screening flagged for the reviewers at the last submission, in the order found. */
    @ElementCollection
    @CollectionTable(name = "reserve_project_flag", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<StoredFinding> flags = new ArrayList<>();

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    @JdbcTypeCode(SqlTypes.VARCHAR) // Hibernate maps a length of 1 to char(1); the column is varchar like every code
    private Grade grade;

    @Embedded
    @AttributeOverride(name = "since", column = @Column(name = "listed_from"))
    @AttributeOverride(name = "until", column = @Column(name = "listed_until"))
    private Period validity;

    /** Title, location and summary folded for search in any script ({@link SearchKey}); kept by {@link #apply}. */
    @Column(name = "search_key", nullable = false, length = 4500)
    private String searchKey = "";
    /** The project as a subject of its call's review round; null until review starts. */
    @Column(name = "evaluation_subject_id")
    private Long evaluationSubjectId;

    /** When the owner asked to renew the listing; null when no renewal is pending. */
    @Column(name = "renewal_requested_at")
    private Instant renewalRequestedAt;

    /** The renewal round the pending renewal is reviewed in, and the project's subject there; null until it starts. */
    @Column(name = "renewal_round_id")
    private Long renewalRoundId;

    @Column(name = "renewal_subject_id")
    private Long renewalSubjectId;

    protected ReserveProject() {}

    /** What the owner declares; the amounts' and benefits' own rules are {@link ProjectFacts}'s. */
    public record Declaration(
            String title,
            String summary,
            GreenCategory category,
            String zoneCode,
            String location,
            ProjectStage stage,
            BigDecimal totalInvestmentYuan,
            BigDecimal financingSoughtYuan,
            Set<FinancingInstrument> instruments,
            Benefits expected,
            String estimateMethod,
            boolean contactForFunders) {}

    public static ReserveProject draft(long organisationId, long callId, Declaration declaration, Instant now) {
        ReserveProject project = new ReserveProject();
        project.setCreatedAt(now);
        project.organisationId = organisationId;
        project.callId = callId;
        project.apply(declaration);
        return project;
    }

    public void change(Declaration declaration) {
        if (!status.editableByOwner()) {
            throw DomainException.conflict(null, "reserve.project.notEditable");
        }
        apply(declaration);
    }

    private void apply(Declaration d) {
        String newTitle = TextRules.name("title", d.title(), 200);
        String newSummary = TextRules.prose("summary", d.summary(), 4000);
        if (d.stage() == null) {
            throw DomainException.invalid("stage", "reserve.project.stageRequired");
        }
        if (d.instruments() == null || d.instruments().isEmpty()) {
            throw DomainException.invalid("instruments", "reserve.project.instrumentRequired");
        }
        // checks category, amounts and benefits, beside their fields
        new ProjectFacts(
                d.category(), d.zoneCode(), d.totalInvestmentYuan(), d.financingSoughtYuan(), d.expected(), Set.of());
        this.title = newTitle;
        this.summary = newSummary;
        this.category = d.category();
        this.zoneCode = TextRules.optionalName("zone", d.zoneCode(), 20);
        this.location = TextRules.optionalName("location", d.location(), 200);
        this.stage = d.stage();
        this.totalInvestmentYuan = d.totalInvestmentYuan();
        this.financingSoughtYuan = d.financingSoughtYuan();
        this.instruments = EnumSet.copyOf(d.instruments());
        this.expected = d.expected();
        this.estimateMethod = TextRules.optionalProse("estimateMethod", d.estimateMethod(), 2000);
        this.contactForFunders = d.contactForFunders();
        this.searchKey = SearchKey.of(title, location, summary);
    }

    /** The evidence attached so far (the use case keeps it in step with the checked files). */
    public void evidenceAttached(Set<EvidenceKind> kinds) {
        this.evidence = kinds.isEmpty() ? EnumSet.noneOf(EvidenceKind.class) : EnumSet.copyOf(kinds);
    }

    public ProjectFacts facts() {
        return new ProjectFacts(category, zoneCode, totalInvestmentYuan, financingSoughtYuan, expected, evidence);
    }

    /**
     * Hands the declaration to the reviewers once screening passes; a refusal leaves it with the owner, every reason
     * named ({@link ScreeningRefused}), and stores nothing.
     */
    public void submit(Screening.Result screening, Instant now) {
        if (!status.editableByOwner()) {
            throw DomainException.conflict(null, "reserve.project.notEditable");
        }
        if (!screening.passes()) {
            throw new ScreeningRefused(screening.refusals());
        }
        this.flags = new ArrayList<>(
                screening.flags().stream().map(StoredFinding::of).toList());
        this.status = ProjectStatus.SUBMITTED;
        this.submittedAt = now;
        this.decisionReason = null;
    }

    public void startReview() {
        requireStatus(ProjectStatus.SUBMITTED);
        this.status = ProjectStatus.IN_REVIEW;
    }

    /** Review starts in the call's round: the project is scored there as this evaluation subject. */
    public void startReview(long subjectId) {
        startReview();
        this.evaluationSubjectId = subjectId;
    }

    /**
     * The owner asks to renew a listing (listed, or lapsed): the listing stays as it is until a renewal review has
     * scored the project and the manager decides.
     */
    public void requestRenewal(Instant now) {
        if (status != ProjectStatus.LISTED && status != ProjectStatus.LAPSED) {
            throw DomainException.conflict(null, "reserve.project.wrongStatus");
        }
        if (renewalRequestedAt != null) {
            throw DomainException.conflict(null, "reserve.renewal.alreadyRequested");
        }
        this.renewalRequestedAt = now;
    }

    /** Whether the owner asked for a renewal whose review has not started yet. */
    public boolean awaitsRenewalReview() {
        return renewalRequestedAt != null && renewalSubjectId == null;
    }

    /** The requested renewal is reviewed in this round, where the project is scored as this subject. */
    public void startRenewalReview(long roundId, long subjectId) {
        if (!awaitsRenewalReview()) {
            throw DomainException.conflict(null, "reserve.renewal.notRequested");
        }
        this.renewalRoundId = roundId;
        this.renewalSubjectId = subjectId;
    }

    /**
     * Renews a listing after its renewal review: listed (or lapsed) again with the grade of that review and a new
     * validity from the day of the decision. Without a renewal review the listing is not extended; the next renewal
     * needs a review of its own.
     */
    public void renew(Grade grade, ListingTerm term, LocalDate decidedOn, String reason) {
        if (status != ProjectStatus.LISTED && status != ProjectStatus.LAPSED) {
            throw DomainException.conflict(null, "reserve.project.wrongStatus");
        }
        if (renewalSubjectId == null) {
            throw DomainException.conflict(null, "reserve.renewal.reviewFirst");
        }
        if (grade == null) {
            throw DomainException.invalid("grade", "reserve.decision.belowBands");
        }
        this.grade = grade;
        this.validity = term.validityFrom(decidedOn);
        this.decisionReason = TextRules.prose("reason", reason, 2000);
        this.status = ProjectStatus.LISTED;
        this.renewalRequestedAt = null;
        this.renewalRoundId = null;
        this.renewalSubjectId = null;
    }

    public Instant getRenewalRequestedAt() {
        return renewalRequestedAt;
    }

    public Long getRenewalRoundId() {
        return renewalRoundId;
    }

    public Long getRenewalSubjectId() {
        return renewalSubjectId;
    }

    public Long getEvaluationSubjectId() {
        return evaluationSubjectId;
    }

    /** Lists a reviewed project with the grade its final score reached, valid from the day of the decision. */
    public void list(Grade grade, ListingTerm term, LocalDate decidedOn, String reason) {
        requireStatus(ProjectStatus.IN_REVIEW);
        if (grade == null) {
            throw DomainException.invalid("grade", "reserve.decision.belowBands");
        }
        this.grade = grade;
        this.validity = term.validityFrom(decidedOn);
        this.decisionReason = TextRules.optionalProse("reason", reason, 2000);
        this.status = ProjectStatus.LISTED;
    }

    /** Back to the owner for more information; the reason is required, since the owner must know what to add. */
    public void returnForInformation(String reason) {
        requireStatus(ProjectStatus.IN_REVIEW);
        this.decisionReason = TextRules.prose("reason", reason, 2000);
        this.status = ProjectStatus.RETURNED;
    }

    public void reject(String reason) {
        requireStatus(ProjectStatus.IN_REVIEW);
        this.decisionReason = TextRules.prose("reason", reason, 2000);
        this.status = ProjectStatus.REJECTED;
    }

    /** A listing past its last valid day lapses (the nightly job asks every listed project); true when it did. */
    public boolean lapseIfEnded(LocalDate today) {
        if (status != ProjectStatus.LISTED || validity.contains(today) || today.isBefore(validity.since())) {
            return false;
        }
        this.status = ProjectStatus.LAPSED;
        return true;
    }

    private void requireStatus(ProjectStatus expected) {
        if (status != expected) {
            throw DomainException.conflict(null, "reserve.project.wrongStatus");
        }
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getCallId() {
        return callId;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public GreenCategory getCategory() {
        return category;
    }

    public String getZoneCode() {
        return zoneCode;
    }

    public String getLocation() {
        return location;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public BigDecimal getTotalInvestmentYuan() {
        return totalInvestmentYuan;
    }

    public BigDecimal getFinancingSoughtYuan() {
        return financingSoughtYuan;
    }

    public Set<FinancingInstrument> getInstruments() {
        return Set.copyOf(instruments);
    }

    public Benefits getExpected() {
        return expected;
    }

    public String getEstimateMethod() {
        return estimateMethod;
    }

    public Set<EvidenceKind> getEvidence() {
        return Set.copyOf(evidence);
    }

    public boolean isContactForFunders() {
        return contactForFunders;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<StoredFinding> getFlags() {
        return List.copyOf(flags);
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Grade getGrade() {
        return grade;
    }

    public Period getValidity() {
        return validity;
    }
}
