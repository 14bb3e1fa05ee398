package org.greenhub.competition.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.organisation.domain.green.MetricProblem;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.SearchKey;
import org.greenhub.platform.text.TextRules;

/**
 * An organisation's entry in one edition. The organisation record is referenced, never copied. Every status change
 * goes through a method here and leaves a row in the timeline ({@link EntryStatusChange}); see {@link EntryStatus}
 * for the allowed moves. Once in round 1 the entry has an evaluation subject (reference {@link #reference()}).
 */
@Entity
@Table(name = "competition_entry")
public class Entry extends VersionedEntity {

    public static final int MAX_TEXT = 8000;
    /** Amounts above this (yuan) are not plausible for a competition entrant. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    /** The opaque code judges, exports and results show ("E7K3M9Q"); see {@link #reference()}. */
    @Column(nullable = false, updatable = false)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    private Competition competition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private UserAccount createdBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_code", nullable = false)
    private CompetitionGroup group;

    /** A green focus area code, one of the edition's tracks. */
    @Column(nullable = false)
    private String track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryStatus status = EntryStatus.DRAFT;

    @Column(name = "project_title", nullable = false)
    private String projectTitle;

    private String summary;
    private String technology;
    private String market;
    private String team;

    @Column(name = "revenue_previous_year")
    private BigDecimal revenuePreviousYear;

    @Column(name = "rd_spend")
    private BigDecimal rdSpend;

    @Column(name = "funding_raised")
    private BigDecimal fundingRaised;

    @Column(name = "ip_ownership_declared", nullable = false)
    private boolean ipOwnershipDeclared;

    @Column(name = "search_key", nullable = false)
    private String searchKey;

    @Embedded
    private GreenMetrics metrics = new GreenMetrics();

    @Column(name = "evaluation_subject_id")
    private Long evaluationSubjectId;

    /** The award this entry finally received (set when the edition's awards become final); null: none. */
    @Enumerated(EnumType.STRING)
    @Column(name = "award_tier")
    private AwardTierCode awardTier;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<EntryStatusChange> timeline = new ArrayList<>();

    protected Entry() {}

    /** A new draft; {@code reference} is a fresh opaque code (the database hands them out, unused and unique). */
    public Entry(
            Competition competition,
            Organisation organisation,
            UserAccount createdBy,
            CompetitionGroup group,
            String track,
            String projectTitle,
            String reference,
            Instant now) {
        if (competition == null || organisation == null || createdBy == null) {
            throw DomainException.invalid("organisation", "platform.validation.required");
        }
        this.reference = TextRules.name("reference", reference, 12);
        this.competition = competition;
        this.organisation = organisation;
        this.createdBy = createdBy;
        setCreatedAt(now);
        classify(group, track);
        this.projectTitle = TextRules.name("projectTitle", projectTitle, 300);
        this.updatedAt = now;
        refreshSearchKey();
        timeline.add(new EntryStatusChange(this, null, EntryStatus.DRAFT, now, createdBy, null));
    }

    /** The content an applicant fills in (the green metrics are set separately). */
    public record Details(
            String projectTitle,
            CompetitionGroup group,
            String track,
            String summary,
            String technology,
            String market,
            String team,
            BigDecimal revenuePreviousYear,
            BigDecimal rdSpend,
            BigDecimal fundingRaised,
            boolean ipOwnershipDeclared) {}

    public void describe(Details details, Instant now) {
        requireEditable();
        classify(details.group(), details.track());
        this.projectTitle = TextRules.name("projectTitle", details.projectTitle(), 300);
        this.summary = ProseText.optional("summary", details.summary(), MAX_TEXT);
        this.technology = ProseText.optional("technology", details.technology(), MAX_TEXT);
        this.market = ProseText.optional("market", details.market(), MAX_TEXT);
        this.team = ProseText.optional("team", details.team(), MAX_TEXT);
        this.revenuePreviousYear = amount("revenuePreviousYear", details.revenuePreviousYear());
        this.rdSpend = amount("rdSpend", details.rdSpend());
        this.fundingRaised = amount("fundingRaised", details.fundingRaised());
        this.ipOwnershipDeclared = details.ipOwnershipDeclared();
        this.updatedAt = now;
        refreshSearchKey();
    }

    /**
     * Replaces the green metrics after checking units, ranges and plausibility against the baseline; returns the
     * problems (nothing is changed when there is any).
     */
    public List<MetricProblem> recordMetrics(GreenMetrics newMetrics, java.time.Clock clock) {
        requireEditable();
        GreenMetrics candidate = newMetrics == null ? new GreenMetrics() : newMetrics.copy();
        List<MetricProblem> problems = candidate.validate(clock);
        if (problems.isEmpty()) {
            this.metrics = candidate;
            this.updatedAt = java.time.Instant.now(clock);
        }
        return problems;
    }

    /** A copy of the green metrics (changing it changes nothing; see {@link #recordMetrics}). */
    public GreenMetrics metrics() {
        return metrics == null ? new GreenMetrics() : metrics.copy();
    }

    public Details details() {
        return new Details(
                projectTitle,
                group,
                track,
                summary,
                technology,
                market,
                team,
                revenuePreviousYear,
                rdSpend,
                fundingRaised,
                ipOwnershipDeclared);
    }

    private void classify(CompetitionGroup newGroup, String newTrack) {
        if (newGroup == null) {
            throw DomainException.invalid("group", "platform.validation.required");
        }
        if (newTrack == null || !competition.getTracks().contains(newTrack)) {
            throw DomainException.invalid("track", "competition.entry.trackUnknown");
        }
        this.group = newGroup;
        this.track = newTrack;
    }

    private static BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw DomainException.invalid(field, "competition.entry.amountNegative");
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            throw DomainException.invalid(field, "competition.entry.amountAbsurd");
        }
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private void refreshSearchKey() {
        this.searchKey = SearchKey.of(projectTitle, organisation.getLegalName(), organisation.getRegisteredName());
        if (searchKey.length() > 800) {
            searchKey = searchKey.substring(0, 800);
        }
    }

    private void requireEditable() {
        if (!status.isEditableByApplicant()) {
            throw DomainException.conflict(null, "competition.entry.notEditable");
        }
    }

    // ---- status moves; each leaves a timeline row ----

    /** Submits a draft: refused unless the edition accepts submissions at this instant (one second late is late). */
    public void submit(Instant now, UserAccount actor) {
        if (status != EntryStatus.DRAFT) {
            throw DomainException.conflict(null, "competition.entry.alreadySubmitted");
        }
        if (now.isAfter(competition.getSubmissionClosesAt())) {
            throw DomainException.conflict(null, "competition.entry.deadlinePassed");
        }
        if (!competition.acceptsSubmissionsAt(now)) {
            throw DomainException.conflict(null, "competition.entry.notOpen");
        }
        this.submittedAt = now;
        move(EntryStatus.SUBMITTED, now, actor, null);
    }

    public void requestInformation(Instant now, UserAccount manager, String note) {
        require(EnumSet.of(EntryStatus.SUBMITTED, EntryStatus.ELIGIBLE, EntryStatus.INELIGIBLE));
        move(EntryStatus.INFO_REQUESTED, now, manager, note);
    }

    public void informationAnswered(Instant now, UserAccount applicant) {
        require(EnumSet.of(EntryStatus.INFO_REQUESTED));
        move(EntryStatus.SUBMITTED, now, applicant, null);
    }

    /** The manager's eligibility decision (automatic results plus any overrides). */
    public void decideEligibility(boolean eligible, Instant now, UserAccount manager, String note) {
        require(EnumSet.of(EntryStatus.SUBMITTED, EntryStatus.ELIGIBLE, EntryStatus.INELIGIBLE));
        EntryStatus next = eligible ? EntryStatus.ELIGIBLE : EntryStatus.INELIGIBLE;
        if (next != status) {
            move(next, now, manager, note);
        }
    }

    public void enterFirstRound(long subjectId, Instant now, UserAccount manager) {
        require(EnumSet.of(EntryStatus.ELIGIBLE));
        this.evaluationSubjectId = subjectId;
        move(EntryStatus.IN_ROUND, now, manager, null);
    }

    public void eliminate(Instant now, UserAccount manager, String note) {
        require(EnumSet.of(EntryStatus.IN_ROUND, EntryStatus.FINALIST));
        move(EntryStatus.ELIMINATED, now, manager, note);
    }

    public void reachFinal(Instant now, UserAccount manager) {
        require(EnumSet.of(EntryStatus.IN_ROUND));
        move(EntryStatus.FINALIST, now, manager, null);
    }

    /** Called by the awards feature when the edition's results become final. */
    public void recordFinalAward(AwardTierCode tier, Instant now, UserAccount actor) {
        require(EnumSet.of(EntryStatus.IN_ROUND, EntryStatus.FINALIST, EntryStatus.ELIMINATED));
        this.awardTier = tier;
        move(
                tier == null ? EntryStatus.NOT_AWARDED : EntryStatus.AWARDED,
                now,
                actor,
                tier == null ? null : tier.name());
    }

    public void withdraw(Instant now, UserAccount actor, String note) {
        if (!status.mayWithdraw()) {
            throw DomainException.conflict(null, "competition.entry.cannotWithdraw");
        }
        move(EntryStatus.WITHDRAWN, now, actor, note);
    }

    private void require(Set<EntryStatus> allowed) {
        if (!allowed.contains(status)) {
            throw DomainException.conflict("status", "competition.entry.wrongStatus", status.name());
        }
    }

    private void move(EntryStatus next, Instant now, UserAccount actor, String note) {
        EntryStatus before = status;
        this.status = next;
        this.updatedAt = now;
        timeline.add(new EntryStatusChange(this, before, next, now, actor, note));
    }

    /**
     * The reference judges, exports and results show: stable, without the applicant's name, and telling nothing of the
     * database id by which the entry page is addressed (entries of editions with results recorded before codes existed
     * keep their old "E" + id form, which those results name).
     */
    public String reference() {
        return reference;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("competition", competition.getId());
        state.put("reference", reference);
        state.put("organisation", organisation.getId());
        state.put("status", status);
        state.put("group", group);
        state.put("track", track);
        state.put("title", projectTitle);
        state.put("revenue", revenuePreviousYear);
        state.put("rdSpend", rdSpend);
        state.put("funding", fundingRaised);
        state.put("ipDeclared", ipOwnershipDeclared);
        return state;
    }

    public Competition getCompetition() {
        return competition;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public UserAccount getCreatedBy() {
        return createdBy;
    }

    public CompetitionGroup getGroup() {
        return group;
    }

    public String getTrack() {
        return track;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public String getSummary() {
        return summary;
    }

    public String getTechnology() {
        return technology;
    }

    public String getMarket() {
        return market;
    }

    public String getTeam() {
        return team;
    }

    public BigDecimal getRevenuePreviousYear() {
        return revenuePreviousYear;
    }

    public BigDecimal getRdSpend() {
        return rdSpend;
    }

    public BigDecimal getFundingRaised() {
        return fundingRaised;
    }

    public boolean isIpOwnershipDeclared() {
        return ipOwnershipDeclared;
    }

    public Long getEvaluationSubjectId() {
        return evaluationSubjectId;
    }

    public AwardTierCode getAwardTier() {
        return awardTier;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<EntryStatusChange> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }
}
