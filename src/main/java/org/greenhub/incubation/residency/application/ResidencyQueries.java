package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorRepository;
import org.greenhub.incubation.domain.IncubatorServiceKind;
import org.greenhub.incubation.residency.domain.ExitReason;
import org.greenhub.incubation.residency.domain.GraduationCriterion;
import org.greenhub.incubation.residency.domain.GraduationRules;
import org.greenhub.incubation.residency.domain.PeriodicReport;
import org.greenhub.incubation.residency.domain.ReportFrequency;
import org.greenhub.incubation.residency.domain.ReportKind;
import org.greenhub.incubation.residency.domain.ReportMetrics;
import org.greenhub.incubation.residency.domain.ReportSchedule;
import org.greenhub.incubation.residency.domain.ReportStatus;
import org.greenhub.incubation.residency.domain.Residency;
import org.greenhub.incubation.residency.domain.ResidencyRepository;
import org.greenhub.incubation.residency.domain.ResidencyStatus;
import org.greenhub.incubation.residency.domain.SpaceKind;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.text.SearchKey;

/** What the residency pages read: one residency with its plan and reports, one report, a start-up's residencies, an incubator's residents. */
@ApplicationScoped
public class ResidencyQueries {

    @Inject
    ResidencyRepository residencies;

    @Inject
    ResidencyReads reads;

    @Inject
    IncubatorRepository incubators;

    @Inject
    ResidencyAccess access;

    @Inject
    ResidencyService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public record MilestoneRow(
            long id,
            LocalisedName title,
            LocalisedName unit,
            BigDecimal target,
            LocalDate dueDate,
            BigDecimal achieved,
            LocalDate achievedOn,
            boolean reached,
            boolean late)
            implements Serializable {}

    public record ReportRow(
            long id,
            ReportKind kind,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate dueDate,
            ReportStatus status,
            boolean overdue,
            boolean dueSoon,
            boolean open,
            Instant submittedAt,
            BigDecimal revenue,
            Integer employees,
            BigDecimal investmentRaised,
            BigDecimal emissionsAvoided,
            String managerComment)
            implements Serializable {
        public boolean submitted() {
            return status == ReportStatus.SUBMITTED;
        }
    }

    public record ResidencyDetail(
            long id,
            long version,
            long incubatorId,
            String incubatorName,
            long organisationId,
            String organisationName,
            LocalDate startDate,
            LocalDate lastDay,
            int maxMonths,
            long monthsLeft,
            boolean nearingMaximum,
            ResidencyStatus status,
            SpaceKind spaceKind,
            BigDecimal areaM2,
            Integer workstations,
            String spaceNote,
            String mentorName,
            List<IncubatorServiceKind> services,
            ReportFrequency frequency,
            LocalDate graduatedOn,
            GraduationCriterion criterion,
            String graduationNote,
            LocalDate exitedOn,
            ExitReason exitReason,
            String exitNote,
            LocalDate alumniUntil,
            List<MilestoneRow> milestones,
            List<ReportRow> reports,
            List<GraduationRules.Check> checks,
            boolean manager,
            boolean startUp)
            implements Serializable {
        /** The last day of the residency: the day it ended, or the last day the maximum period allows. */
        public LocalDate endDay() {
            return graduatedOn != null ? graduatedOn : exitedOn != null ? exitedOn : lastDay;
        }

        public boolean active() {
            return status == ResidencyStatus.ACTIVE;
        }

        public boolean anyCriterionMet() {
            return GraduationRules.anyMet(checks);
        }

        public long overdueReports() {
            return reports.stream().filter(ReportRow::overdue).count();
        }

        public long submittedReports() {
            return reports.stream().filter(ReportRow::submitted).count();
        }
    }

    public record ReportDetail(
            long id,
            long residencyId,
            String organisationName,
            String incubatorName,
            ReportKind kind,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate dueDate,
            ReportStatus status,
            boolean overdue,
            boolean open,
            ReportMetrics metrics,
            String note,
            Instant submittedAt,
            String managerComment,
            Instant commentedAt,
            boolean manager,
            boolean startUp)
            implements Serializable {
        public boolean submitted() {
            return status == ReportStatus.SUBMITTED;
        }

        public boolean mayFile() {
            return startUp && !submitted() && open;
        }
    }

    public record MyResidency(
            long id,
            String incubatorName,
            String organisationName,
            ResidencyStatus status,
            LocalDate startDate,
            LocalDate lastDay,
            long overdue,
            LocalDate nextDue)
            implements Serializable {}

    public record ResidentRow(
            long id,
            String organisationName,
            LocalDate startDate,
            LocalDate lastDay,
            ResidencyStatus status,
            boolean nearingMaximum,
            long overdueReports,
            LocalDate lastReported)
            implements Serializable {}

    @Transactional
    public ResidencyDetail detail(long residencyId) {
        Residency r = access.requireReader(residencyId);
        UserAccount user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        boolean manager = access.mayManage(user, r.getIncubatorId());
        boolean startUp = access.isMember(user, r.getOrganisation().getId());
        List<MilestoneRow> milestones = residencies.milestonesOf(r).stream()
                .map(m -> new MilestoneRow(
                        m.getId(),
                        m.getTitles(),
                        m.getUnit(),
                        m.getTarget(),
                        m.getDueDate(),
                        m.getAchieved(),
                        m.getAchievedOn(),
                        m.reached(),
                        m.late(today)))
                .toList();
        List<ReportRow> reports =
                residencies.reportsOf(r).stream().map(p -> row(p, today)).toList();
        List<IncubatorServiceKind> services = r.getServices().stream().sorted().toList();
        return new ResidencyDetail(
                r.getId(),
                r.getVersion(),
                r.getIncubatorId(),
                incubatorName(r.getIncubatorId(), user),
                r.getOrganisation().getId(),
                r.getOrganisation().getLegalName(),
                r.getStartDate(),
                r.lastDay(),
                r.getMaxMonths(),
                r.monthsLeft(today),
                r.nearingMaximum(today),
                r.getStatus(),
                r.getSpaceKind(),
                r.getAreaM2(),
                r.getWorkstations(),
                r.getSpaceNote(),
                r.getMentorName(),
                services,
                r.getReportFrequency(),
                r.getGraduatedOn(),
                r.getGraduationCriterion(),
                r.getGraduationNote(),
                r.getExitedOn(),
                r.getExitReason(),
                r.getExitNote(),
                r.getAlumniUntil(),
                milestones,
                reports,
                service.checks(r, service.policyOf(r.getIncubatorId())),
                manager,
                startUp);
    }

    private static ReportRow row(PeriodicReport p, LocalDate today) {
        ReportMetrics m = p.getMetrics();
        boolean dueSoon = !p.isSubmitted()
                && !today.isAfter(p.getDueDate())
                && !today.isBefore(p.getDueDate().minusDays(ReportSchedule.REMINDER_DAYS));
        return new ReportRow(
                p.getId(),
                p.getKind(),
                p.getPeriodStart(),
                p.getPeriodEnd(),
                p.getDueDate(),
                p.getStatus(),
                p.overdue(today),
                dueSoon,
                !today.isBefore(p.getPeriodStart()),
                p.getSubmittedAt(),
                m.getRevenue(),
                m.getEmployees(),
                m.getInvestmentRaised(),
                m.getEmissionsAvoidedTco2e(),
                p.getManagerComment());
    }

    /** A residency's reports by period, for the people who read the residency (its start-up, its managers); 404 otherwise. */
    @Transactional
    public List<ReportRow> reports(long residencyId) {
        Residency r = access.requireReader(residencyId);
        LocalDate today = LocalDate.now(clock);
        return residencies.reportsOf(r).stream().map(p -> row(p, today)).toList();
    }

    /** One page of {@link #reports(long)}, and how many there are in all. */
    public record ReportsPage(List<ReportRow> rows, long total) {}

    /** {@link #reports(long)} a page at a time, counted and cut by the database (the API's list). */
    @Transactional
    public ReportsPage reports(long residencyId, int offset, int size) {
        Residency r = access.requireReader(residencyId);
        long total = residencies.countReports(r);
        if (total == 0) {
            return new ReportsPage(List.of(), 0);
        }
        LocalDate today = LocalDate.now(clock);
        return new ReportsPage(
                residencies.reportsOf(r, offset, size).stream()
                        .map(p -> row(p, today))
                        .toList(),
                total);
    }

    @Transactional
    public ReportDetail report(long reportId) {
        PeriodicReport p = residencies.findReport(reportId).orElseThrow(DomainException::notFound);
        Residency r = access.requireReader(p.getResidency().getId());
        UserAccount user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        return new ReportDetail(
                p.getId(),
                r.getId(),
                r.getOrganisation().getLegalName(),
                incubatorName(r.getIncubatorId(), user),
                p.getKind(),
                p.getPeriodStart(),
                p.getPeriodEnd(),
                p.getDueDate(),
                p.getStatus(),
                p.overdue(today),
                !today.isBefore(p.getPeriodStart()),
                p.getMetrics().copy(),
                p.getNote(),
                p.getSubmittedAt(),
                p.getManagerComment(),
                p.getCommentedAt(),
                access.mayManage(user, r.getIncubatorId()),
                access.isMember(user, r.getOrganisation().getId()));
    }

    /** The residencies of the organisations the signed-in person belongs to. */
    @Transactional
    public List<MyResidency> mine() {
        UserAccount user = currentUser.require();
        return reads.mine(user.getId(), LocalDate.now(clock), incubatorId -> incubatorName(incubatorId, user));
    }

    /** One page of {@link #mine()}, and how many there are in all. */
    public record MyResidenciesPage(List<MyResidency> rows, long total) {}

    /** {@link #mine()} a page at a time, counted and cut by the database (the API's list). */
    @Transactional
    public MyResidenciesPage mine(int offset, int size) {
        UserAccount user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        long total = reads.countMine(user.getId(), today);
        return new MyResidenciesPage(
                total == 0
                        ? List.of()
                        : reads.mine(
                                user.getId(), today, incubatorId -> incubatorName(incubatorId, user), offset, size),
                total);
    }

    /** One page of an incubator's residents, for its managers; {@code status} null lists all. */
    @Transactional
    public List<ResidentRow> residents(
            long incubatorId, ResidencyStatus status, int first, int size, String sortField, boolean ascending) {
        return residents(incubatorId, status, false, first, size, sortField, ascending);
    }

    /** One page of an incubator's residents; {@code overdueOnly}: only those with a report past its due date (the dashboard's figure). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<ResidentRow> residents(
            long incubatorId,
            ResidencyStatus status,
            boolean overdueOnly,
            int first,
            int size,
            String sortField,
            boolean ascending) {
        access.requireManager(incubatorId);
        return reads.residents(
                incubatorId, LocalDate.now(clock), status, overdueOnly, first, size, sortField, ascending);
    }

    @Transactional
    public long countResidents(long incubatorId, ResidencyStatus status) {
        return countResidents(incubatorId, status, false);
    }

    @Transactional
    public long countResidents(long incubatorId, ResidencyStatus status, boolean overdueOnly) {
        access.requireManager(incubatorId);
        return reads.countResidents(incubatorId, LocalDate.now(clock), status, overdueOnly);
    }

    public record OrganisationChoice(long id, String name, String registrationCode) implements Serializable {}

    /** Organisations whose name matches, for a manager starting a residency (at most 20). */
    @Transactional
    public List<OrganisationChoice> organisations(long incubatorId, String text) {
        access.requireManager(incubatorId);
        String key = SearchKey.fold(text == null ? "" : text.strip());
        if (key.isEmpty()) {
            return List.of();
        }
        return reads.organisationsMatching(SearchKey.likeContains(key), 20).stream()
                .map(o -> new OrganisationChoice(o.getId(), o.getLegalName(), o.getRegistrationCode()))
                .toList();
    }

    public record ManagedIncubator(long id, String name, long active) implements Serializable {}

    /** The incubators the signed-in user manages, with their number of current residents. */
    @Transactional
    public List<ManagedIncubator> managedIncubators() {
        UserAccount user = currentUser.require();
        List<Long> ids = access.managedIncubatorIds(user);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> active = reads.activeResidentsByIncubator();
        return incubators.withIds(ids).stream()
                .map(i ->
                        new ManagedIncubator(i.getId(), i.name(user.getLanguage()), active.getOrDefault(i.getId(), 0L)))
                .toList();
    }

    /** The incubator's name in the reader's language, for managers' pages. */
    @Transactional
    public String incubatorName(long incubatorId) {
        access.requireManager(incubatorId);
        return incubatorName(incubatorId, currentUser.require());
    }

    private String incubatorName(long incubatorId, UserAccount user) {
        Incubator incubator = incubators.find(incubatorId).orElse(null);
        return incubator == null ? "" : incubator.name(user.getLanguage());
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
