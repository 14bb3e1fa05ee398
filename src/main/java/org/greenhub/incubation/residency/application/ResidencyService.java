package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.application.OfferAccepted;
import org.greenhub.incubation.residency.domain.ExitReason;
import org.greenhub.incubation.residency.domain.GraduationCriterion;
import org.greenhub.incubation.residency.domain.GraduationRules;
import org.greenhub.incubation.residency.domain.Milestone;
import org.greenhub.incubation.residency.domain.PeriodicReport;
import org.greenhub.incubation.residency.domain.ReportFrequency;
import org.greenhub.incubation.residency.domain.ReportKind;
import org.greenhub.incubation.residency.domain.ReportMetrics;
import org.greenhub.incubation.residency.domain.ReportPeriod;
import org.greenhub.incubation.residency.domain.ReportSchedule;
import org.greenhub.incubation.residency.domain.Residency;
import org.greenhub.incubation.residency.domain.ResidencyOrigin;
import org.greenhub.incubation.residency.domain.ResidencyPolicy;
import org.greenhub.incubation.residency.domain.ResidencyPolicyRepository;
import org.greenhub.incubation.residency.domain.ResidencyRepository;
import org.greenhub.incubation.residency.domain.ResidencyStatus;
import org.greenhub.incubation.residency.domain.SpaceKind;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedInput;

/**
 * Starting, arranging and ending residencies, their milestone plan and reports. Every method checks on the server
 * that the caller may act on that record (managers of the incubator; people of the resident start-up for filing),
 * audits the change and mails the people concerned in their language. A refusal leaves nothing stored.
 */
@ApplicationScoped
public class ResidencyService {

    /** A direct start may lie this far in the future at most. */
    static final int MAX_START_AHEAD_MONTHS = 12;

    @Inject
    ResidencyRepository residencies;

    @Inject
    ResidencyPolicyRepository policies;

    @Inject
    OrganisationRepository organisationRepository;

    @Inject
    ResidencyAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    ResidencyMails mails;

    @Inject
    Clock clock;

    /** What a manager enters to start a residency directly; {@code maxMonths} null takes the incubator's policy. */
    public record StartRequest(Long organisationId, LocalDate startDate, Integer maxMonths, Residency.Terms terms)
            implements Serializable {}

    /**
     * Starts the residency of a start-up that accepted an intake offer. Called by the intake feature inside the
     * acceptance transaction, which has already checked that the caller may accept the offer: this method checks no
     * permission itself. The maximum period follows the incubator's policy and the organisation's sector.
     *
     * @param offerReference what the residency came from, e.g. {@code "intake-offer:42"} (kept and audited)
     * @return the new residency's id
     * @throws DomainException CONFLICT when the organisation is already resident there, INVALID for a start date out of range
     */
    @Transactional
    public long startFromOffer(long incubatorId, long organisationId, LocalDate startDate, String offerReference) {
        Organisation organisation = organisationRepository.find(organisationId).orElse(null);
        if (organisation == null) {
            throw DomainException.notFound();
        }
        return create(incubatorId, organisation, startDate, null, null, ResidencyOrigin.OFFER, offerReference)
                .getId();
    }

    /** An accepted intake offer starts the residency, in the acceptance's transaction (audited on the application). */
    void startFromAcceptedOffer(@Observes OfferAccepted accepted) {
        long residency = startFromOffer(
                accepted.incubatorId(),
                accepted.organisationId(),
                accepted.startsOn(),
                "intake-offer:" + accepted.applicationId());
        audit.record(
                "INTAKE_RESIDENCY_STARTED",
                "IntakeApplication",
                accepted.applicationId(),
                null,
                Map.of("residency", residency),
                null);
    }

    /** A manager of the incubator starts a residency directly (for example for a start-up already in residence). */
    @Transactional
    public long start(long incubatorId, StartRequest request) {
        access.requireManager(incubatorId);
        if (request.organisationId() == null) {
            throw DomainException.invalid("organisation", "residency.organisationRequired");
        }
        Organisation organisation =
                organisationRepository.find(request.organisationId()).orElse(null);
        if (organisation == null) {
            throw DomainException.invalid("organisation", "residency.organisationRequired");
        }
        return create(
                        incubatorId,
                        organisation,
                        request.startDate(),
                        request.maxMonths(),
                        request.terms(),
                        ResidencyOrigin.DIRECT,
                        null)
                .getId();
    }

    private Residency create(
            long incubatorId,
            Organisation organisation,
            LocalDate startDate,
            Integer maxMonths,
            Residency.Terms terms,
            ResidencyOrigin origin,
            String reference) {
        LocalDate today = today();
        if (startDate == null) {
            throw DomainException.invalid("startDate", "residency.startDateRequired");
        }
        if (startDate.isAfter(today.plusMonths(MAX_START_AHEAD_MONTHS))) {
            throw DomainException.invalid("startDate", "residency.startTooLate", MAX_START_AHEAD_MONTHS);
        }
        ResidencyPolicy policy = policyOf(incubatorId);
        int months = maxMonths != null ? maxMonths : policy.maxMonthsFor(organisation.getSector());
        long running = residencies.countActive(incubatorId, organisation);
        if (running > 0) {
            throw DomainException.conflict("organisation", "residency.alreadyResident");
        }
        Residency residency = new Residency(
                incubatorId, organisation, startDate, months, policy.getReportFrequency(), origin, reference, now());
        if (residency.lastDay().isBefore(today)) {
            throw DomainException.invalid("startDate", "residency.alreadyOver", residency.lastDay());
        }
        residency.arrange(
                terms != null ? terms : new Residency.Terms(SpaceKind.WORKSTATIONS, null, null, null, null, Set.of()));
        residencies.add(residency);
        for (ReportPeriod period :
                ReportSchedule.periodic(startDate, residency.lastDay(), residency.getReportFrequency())) {
            residencies.addReport(new PeriodicReport(residency, period));
        }
        residencies.flush();
        audit.record(
                "RESIDENCY_STARTED",
                "Residency",
                residency.getId(),
                null,
                residency.snapshot(),
                origin + (reference == null ? "" : " " + reference));
        mails.send(
                mails.startUpPeople(organisation.getId()),
                "residency.mail.started.subject",
                "residency.mail.started.body",
                organisation.getLegalName(),
                startDate,
                residency.lastDay(),
                mails.link(residency.getId()));
        return residency;
    }

    /** Space, mentor, services and maximum period; the expected reports follow a changed maximum period. */
    @Transactional
    public void arrange(long residencyId, Residency.Terms terms, int maxMonths, long expectedVersion) {
        Residency residency = access.requireManaged(residencyId);
        if (residency.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "residency.changedMeanwhile");
        }
        if (!residency.isActive()) {
            throw DomainException.conflict(null, "residency.notActive");
        }
        Map<String, Object> before = residency.snapshot();
        residency.arrange(terms);
        if (maxMonths != residency.getMaxMonths()) {
            residency.changeMaxMonths(maxMonths);
            reschedule(residency);
        }
        audit.record("RESIDENCY_ARRANGED", "Residency", residencyId, before, residency.snapshot(), null);
    }

    private void reschedule(Residency residency) {
        List<ReportPeriod> periods =
                ReportSchedule.periodic(residency.getStartDate(), residency.lastDay(), residency.getReportFrequency());
        List<PeriodicReport> existing = reports(residency, ReportKind.PERIODIC);
        if (existing.stream().anyMatch(r -> r.isSubmitted() && r.getPeriodEnd().isAfter(residency.lastDay()))) {
            throw DomainException.invalid("maxMonths", "residency.reportsAfterEnd");
        }
        Set<LocalDate> starts = new HashSet<>();
        for (ReportPeriod period : periods) {
            starts.add(period.start());
            existing.stream()
                    .filter(r -> r.getPeriodStart().equals(period.start()))
                    .findFirst()
                    .ifPresentOrElse(
                            r -> r.reschedule(period),
                            () -> residencies.addReport(new PeriodicReport(residency, period)));
        }
        for (PeriodicReport report : existing) {
            if (!starts.contains(report.getPeriodStart())) {
                if (report.isSubmitted()) {
                    throw DomainException.invalid("maxMonths", "residency.reportsAfterEnd");
                }
                residencies.removeReport(report);
            }
        }
    }

    private List<PeriodicReport> reports(Residency residency, ReportKind kind) {
        return residencies.reportsOf(residency, kind);
    }

    // ---- milestones

    @Transactional
    public long addMilestone(
            long residencyId, LocalisedInput title, LocalisedInput unit, BigDecimal target, LocalDate dueDate) {
        Residency residency = access.requireManaged(residencyId);
        Milestone milestone = new Milestone(residency, title, unit, target, dueDate, now());
        residencies.addMilestone(milestone);
        residencies.flush();
        audit.record(
                "RESIDENCY_MILESTONE_ADDED",
                "Residency",
                residencyId,
                null,
                Map.of(
                        "title",
                        milestone.getTitle(),
                        "target",
                        target.toPlainString() + " " + milestone.getUnit().english(),
                        "due",
                        dueDate),
                null);
        return milestone.getId();
    }

    /** Managers and the start-up record how far a milestone has come. */
    @Transactional
    public void recordProgress(long milestoneId, BigDecimal achieved) {
        Milestone milestone = residencies.findMilestone(milestoneId).orElseThrow(DomainException::notFound);
        access.requireReader(milestone.getResidency().getId());
        BigDecimal before = milestone.getAchieved();
        milestone.progress(achieved, today());
        audit.record(
                "RESIDENCY_MILESTONE_PROGRESS",
                "Residency",
                milestone.getResidency().getId(),
                before == null ? null : Map.of("achieved", before.toPlainString()),
                Map.of("achieved", achieved.toPlainString()),
                milestone.getTitle());
    }

    @Transactional
    public void removeMilestone(long milestoneId) {
        Milestone milestone = residencies.findMilestone(milestoneId).orElseThrow(DomainException::notFound);
        access.requireManaged(milestone.getResidency().getId());
        residencies.removeMilestone(milestone);
        audit.record(
                "RESIDENCY_MILESTONE_REMOVED",
                "Residency",
                milestone.getResidency().getId(),
                Map.of("title", milestone.getTitle()),
                null,
                null);
    }

    // ---- reports

    /** The start-up files an expected report; the figures are checked first, so a refusal stores nothing. */
    @Transactional
    public void fileReport(long reportId, ReportMetrics figures, String note) {
        PeriodicReport report = residencies.findReport(reportId).orElseThrow(DomainException::notFound);
        access.requireStartUp(report.getResidency().getId());
        file(report, figures, note);
    }

    /**
     * The start-up files the report of a period named by its dates (the API's way): refused when the dates are in the
     * wrong order, outside the residency, or not one of its reporting periods; a second filing is a conflict.
     */
    @Transactional
    public long fileReportForPeriod(
            long residencyId, LocalDate from, LocalDate to, ReportMetrics figures, String note) {
        Residency residency = access.requireStartUp(residencyId);
        if (from == null || to == null) {
            throw DomainException.invalid(from == null ? "periodStart" : "periodEnd", "residency.report.periodMissing");
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid("periodEnd", "residency.report.periodOrder");
        }
        boolean alumni = residency.getStatus() == ResidencyStatus.GRADUATED && from.isAfter(residency.getGraduatedOn());
        boolean inside = alumni ? !to.isAfter(residency.getAlumniUntil()) : residency.covers(from, to);
        if (!inside) {
            throw DomainException.invalid(
                    "periodStart",
                    "residency.report.outsideResidency",
                    residency.getStartDate(),
                    alumni ? residency.getAlumniUntil() : residency.endOrLastDay());
        }
        PeriodicReport report = residencies
                .reportFor(residency, from, to)
                .orElseThrow(() -> DomainException.invalid("periodStart", "residency.report.noSuchPeriod"));
        file(report, figures, note);
        return report.getId();
    }

    private void file(PeriodicReport report, ReportMetrics figures, String note) {
        UserAccount user = currentUser.require();
        report.file(figures, note, user.getId(), now(), today());
        try {
            residencies.flush();
        } catch (jakarta.persistence.OptimisticLockException filedMeanwhile) {
            // the same period filed at the same moment from another tab or device
            throw DomainException.conflict(null, "residency.report.alreadyFiled");
        }
        audit.record(
                "RESIDENCY_REPORT_FILED",
                "ResidencyReport",
                report.getId(),
                null,
                Map.of("period", report.getPeriodStart() + "/" + report.getPeriodEnd(), "kind", report.getKind()),
                null);
        Residency residency = report.getResidency();
        mails.send(
                mails.managers(residency.getIncubatorId()),
                "residency.mail.filed.subject",
                "residency.mail.filed.body",
                residency.getOrganisation().getLegalName(),
                report.getPeriodStart(),
                report.getPeriodEnd(),
                mails.link(residency.getId()));
    }

    /** A manager comments on a filed report; the start-up is told. */
    @Transactional
    public void comment(long reportId, String text) {
        PeriodicReport report = residencies.findReport(reportId).orElseThrow(DomainException::notFound);
        Residency residency = access.requireManaged(report.getResidency().getId());
        UserAccount user = currentUser.require();
        String before = report.getManagerComment();
        report.comment(text, user.getId(), now());
        audit.record(
                "RESIDENCY_REPORT_COMMENTED",
                "ResidencyReport",
                reportId,
                before == null ? null : Map.of("comment", before),
                Map.of("comment", report.getManagerComment()),
                null);
        mails.send(
                mails.startUpPeople(residency.getOrganisation().getId()),
                "residency.mail.commented.subject",
                "residency.mail.commented.body",
                report.getPeriodStart(),
                report.getPeriodEnd(),
                mails.link(residency.getId()));
    }

    // ---- graduation and exit

    /**
     * The manager confirms graduation by one enabled criterion. A criterion the reported figures do not meet needs
     * a note saying what else shows it. The expected reports after the date go; five yearly alumni reports follow.
     */
    @Transactional
    public void graduate(
            long residencyId, GraduationCriterion criterion, LocalDate on, String note, long expectedVersion) {
        Residency residency = access.requireManaged(residencyId);
        if (residency.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "residency.changedMeanwhile");
        }
        ResidencyPolicy policy = policyOf(residency.getIncubatorId());
        if (criterion != null && !policy.enabled(criterion)) {
            throw DomainException.invalid("criterion", "residency.graduation.criterionNotEnabled");
        }
        if (criterion != null && (note == null || note.isBlank())) {
            boolean met = checks(residency, policy).stream().anyMatch(c -> c.criterion() == criterion && c.met());
            if (!met) {
                throw DomainException.invalid("note", "residency.graduation.noteRequiredWhenUnmet");
            }
        }
        Map<String, Object> before = residency.snapshot();
        residency.graduate(criterion, on, note, today());
        endReports(residency, on);
        for (ReportPeriod period : ReportSchedule.alumni(on)) {
            residencies.addReport(new PeriodicReport(residency, period));
        }
        audit.record("RESIDENCY_GRADUATED", "Residency", residencyId, before, residency.snapshot(), criterion.name());
        mails.send(
                mails.startUpPeople(residency.getOrganisation().getId()),
                "residency.mail.graduated.subject",
                "residency.mail.graduated.body",
                residency.getOrganisation().getLegalName(),
                on,
                residency.getAlumniUntil(),
                mails.link(residencyId));
    }

    /** The resident leaves without graduating, with a reason; the expected reports after the date go. */
    @Transactional
    public void exit(long residencyId, ExitReason reason, LocalDate on, String note, long expectedVersion) {
        Residency residency = access.requireManaged(residencyId);
        if (residency.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "residency.changedMeanwhile");
        }
        Map<String, Object> before = residency.snapshot();
        residency.exit(reason, on, note, today());
        endReports(residency, on);
        audit.record("RESIDENCY_EXITED", "Residency", residencyId, before, residency.snapshot(), reason.name());
    }

    private void endReports(Residency residency, LocalDate lastDay) {
        for (PeriodicReport report : reports(residency, ReportKind.PERIODIC)) {
            if (report.isSubmitted()) {
                continue;
            }
            if (report.getPeriodStart().isAfter(lastDay)) {
                residencies.removeReport(report);
            } else if (report.getPeriodEnd().isAfter(lastDay)) {
                report.endPeriodOn(lastDay);
            }
        }
    }

    /** What the reported figures and evidence say about each enabled graduation criterion. */
    @Transactional
    public List<GraduationRules.Check> graduationChecks(long residencyId) {
        Residency residency = access.requireReader(residencyId);
        return checks(residency, policyOf(residency.getIncubatorId()));
    }

    List<GraduationRules.Check> checks(Residency residency, ResidencyPolicy policy) {
        List<GraduationRules.Figures> figures = residencies.submittedFigures(residency);
        Map<GraduationCriterion, Integer> evidence = new java.util.EnumMap<>(GraduationCriterion.class);
        residencies
                .evidenceCounts(residency)
                .forEach((purpose, count) ->
                        purpose.supports().ifPresent(c -> evidence.merge(c, count.intValue(), Integer::sum)));
        return GraduationRules.evaluate(policy, figures, evidence);
    }

    // ---- policy

    /** An incubator's rules as its managers edit them, with the version they saw (the defaults before the first save). */
    public record PolicyView(long version, ResidencyPolicy.Settings settings) implements Serializable {}

    @Transactional
    public PolicyView policy(long incubatorId) {
        access.requireManager(incubatorId);
        ResidencyPolicy policy = policyOf(incubatorId);
        return new PolicyView(policy.getVersion(), policy.settings());
    }

    @Transactional
    public void changePolicy(long incubatorId, ResidencyPolicy.Settings settings, long expectedVersion) {
        access.requireManager(incubatorId);
        ResidencyPolicy policy = policies.find(incubatorId).orElse(null);
        boolean fresh = policy == null;
        if (fresh) {
            policy = ResidencyPolicy.defaults(incubatorId);
        } else if (policy.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "residency.changedMeanwhile");
        }
        Map<String, Object> before = policy.snapshot();
        policy.change(settings);
        if (fresh) {
            policies.add(policy);
        }
        audit.record("RESIDENCY_POLICY_CHANGED", "Incubator", incubatorId, before, policy.snapshot(), null);
    }

    ResidencyPolicy policyOf(long incubatorId) {
        return policies.find(incubatorId).orElseGet(() -> ResidencyPolicy.defaults(incubatorId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** For callers that offer a choice of frequencies. */
    public static List<ReportFrequency> frequencies() {
        return List.of(ReportFrequency.values());
    }
}
