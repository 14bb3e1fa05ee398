package org.greenhub.incubation.residency.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.organisation.domain.Organisation;

/** Residencies with their milestones, reports and the reports' evidence, as stored. */
public interface ResidencyRepository {

    Optional<Residency> find(long id);

    void add(Residency residency);

    /** The organisation's residencies, latest start first. */
    List<Residency> ofOrganisation(long organisationId);

    /** Writes pending changes now: ids become known, and a report filed meanwhile fails with an optimistic lock. */
    void flush();

    /** Active residencies of the organisation in the incubator. */
    long countActive(long incubatorId, Organisation organisation);

    /** The incubator's active residencies, oldest first (the residents other programmes may invite). */
    List<Residency> activeIn(long incubatorId);

    Optional<Milestone> findMilestone(long id);

    void addMilestone(Milestone milestone);

    void removeMilestone(Milestone milestone);

    /** The residency's milestones, by due date. */
    List<Milestone> milestonesOf(Residency residency);

    Optional<PeriodicReport> findReport(long id);

    void addReport(PeriodicReport report);

    void removeReport(PeriodicReport report);

    /** The residency's reports of one kind, by period. */
    List<PeriodicReport> reportsOf(Residency residency, ReportKind kind);

    /** All the residency's reports, by period and kind. */
    List<PeriodicReport> reportsOf(Residency residency);

    /** One page of {@link #reportsOf(Residency)}, in its order. */
    List<PeriodicReport> reportsOf(Residency residency, int offset, int limit);

    /** How many reports {@link #reportsOf(Residency)} answers. */
    long countReports(Residency residency);

    Optional<PeriodicReport> reportFor(Residency residency, LocalDate from, LocalDate to);

    /** The figures of the residency's submitted periodic reports, by period, as the graduation rules read them. */
    List<GraduationRules.Figures> submittedFigures(Residency residency);

    /** How many files of each purpose the residency's reports carry. */
    Map<EvidencePurpose, Long> evidenceCounts(Residency residency);

    Optional<ReportEvidence> findEvidence(long id);

    void addEvidence(ReportEvidence evidence);

    void removeEvidence(ReportEvidence evidence);

    long countEvidence(PeriodicReport report);

    /**
     * Claims expected reports due between {@code from} and {@code to} not yet reminded of ({@code FOR UPDATE SKIP
     * LOCKED}: another node's batch takes other rows), soonest first.
     */
    List<Long> claimReportsDueSoon(LocalDate from, LocalDate to, int batch);

    /** Claims expected reports overdue at {@code today} (due on or after {@code since}) not yet notified. */
    List<Long> claimOverdueReports(LocalDate today, LocalDate since, int batch);

    /** Claims active residencies whose last day is before {@code before} and whose managers were not yet warned. */
    List<Long> claimResidenciesNearingEnd(LocalDate before, int batch);
}
