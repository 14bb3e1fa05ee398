package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.greenhub.incubation.residency.domain.PeriodicReport;
import org.greenhub.incubation.residency.domain.ReportSchedule;
import org.greenhub.incubation.residency.domain.Residency;
import org.greenhub.incubation.residency.domain.ResidencyRepository;
import org.greenhub.platform.audit.AuditTrail;

/**
 * One batch of the reminder run ({@link ResidencyReminders}), in one transaction: mails the start-up {@link ReportSchedule#REMINDER_DAYS} days before a report is due, flags
 * and mails overdue reports (start-up and managers), and warns managers once when a resident's maximum period ends
 * within {@link Residency#WARNING_MONTHS} months. Safe on several nodes: rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and marked in the same transaction as the mail is queued, so each mail goes once.
 */
@ApplicationScoped
public class ResidencyReminderBatch {

    public static final int BATCH = 100;
    /** Reports that were already overdue this long when first seen (e.g. an old resident entered later) get no mail. */
    static final int OVERDUE_MAIL_DAYS = 30;

    @Inject
    ResidencyRepository residencies;

    @Inject
    ResidencyMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What one batch acted on; when any part took a full batch there may be more. */
    public record Batch(int dueSoon, int overdue, int nearingEnd) {

        public boolean full() {
            return dueSoon >= BATCH || overdue >= BATCH || nearingEnd >= BATCH;
        }

        public int total() {
            return dueSoon + overdue + nearingEnd;
        }
    }

    /** Claims and handles at most {@link #BATCH} rows of each kind. */
    @Transactional
    public Batch runBatch() {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        int dueSoon = 0;
        int overdue = 0;
        int nearingEnd = 0;
        for (long id : residencies.claimReportsDueSoon(today, today.plusDays(ReportSchedule.REMINDER_DAYS), BATCH)) {
            PeriodicReport report = residencies.findReport(id).orElseThrow();
            Residency r = report.getResidency();
            mails.send(
                    mails.startUpPeople(r.getOrganisation().getId()),
                    "residency.mail.reminder.subject",
                    "residency.mail.reminder.body",
                    report.getPeriodStart(),
                    report.getPeriodEnd(),
                    report.getDueDate(),
                    mails.link(r.getId()));
            report.reminded(now);
            dueSoon++;
        }
        for (long id : residencies.claimOverdueReports(today, today.minusDays(OVERDUE_MAIL_DAYS), BATCH)) {
            PeriodicReport report = residencies.findReport(id).orElseThrow();
            Residency r = report.getResidency();
            String organisation = r.getOrganisation().getLegalName();
            mails.send(
                    mails.startUpPeople(r.getOrganisation().getId()),
                    "residency.mail.overdue.subject",
                    "residency.mail.overdue.body",
                    report.getPeriodStart(),
                    report.getPeriodEnd(),
                    report.getDueDate(),
                    mails.link(r.getId()));
            mails.send(
                    mails.managers(r.getIncubatorId()),
                    "residency.mail.overdueManager.subject",
                    "residency.mail.overdueManager.body",
                    organisation,
                    report.getPeriodStart(),
                    report.getPeriodEnd(),
                    report.getDueDate(),
                    mails.link(r.getId()));
            report.overdueNotified(now);
            audit.record(
                    "RESIDENCY_REPORT_OVERDUE",
                    "ResidencyReport",
                    report.getId(),
                    null,
                    null,
                    report.getDueDate().toString());
            overdue++;
        }
        for (long id : residencies.claimResidenciesNearingEnd(today.plusMonths(Residency.WARNING_MONTHS), BATCH)) {
            Residency r = residencies.find(id).orElseThrow();
            mails.send(
                    mails.managers(r.getIncubatorId()),
                    "residency.mail.nearingEnd.subject",
                    "residency.mail.nearingEnd.body",
                    r.getOrganisation().getLegalName(),
                    r.lastDay(),
                    mails.link(r.getId()));
            r.endWarningSent(now);
            nearingEnd++;
        }
        return new Batch(dueSoon, overdue, nearingEnd);
    }
}
