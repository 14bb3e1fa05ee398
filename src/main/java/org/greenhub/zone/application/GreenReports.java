package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.zone.domain.GreenReport;
import org.greenhub.zone.domain.GreenReportRepository;
import org.greenhub.zone.domain.GreenReportStatus;
import org.greenhub.zone.domain.GreenReportTexts;
import org.greenhub.zone.domain.Zone;

/**
 * The annual green development report, for the zone's administrators: start a year's report, write its narrative,
 * send it for review (its figures frozen), approve or return it (a second administrator of the zone, never the one who
 * sent it), publish it, and correct a published one as the next version with its reason. Another zone's report is
 * "not found" ({@link ZoneAccess}); an administrator of GreenHub reads a zone's reports but only the zone's own
 * administrators act on them. Every step is audited.
 */
@ApplicationScoped
public class GreenReports {

    /** The report's narrative sections, in the order the page and the PDF show them. */
    public static final List<String> SECTIONS = GreenReport.SECTIONS;

    @Inject
    GreenReportRepository reports;

    @Inject
    ZoneAccess zoneAccess;

    @Inject
    GreenReportFigures figures;

    @Inject
    GreenReportViews views;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A version in the zone's list of reports. */
    public record Line(long id, int year, int number, GreenReportStatus status) implements Serializable {}

    /** A version with what its page offers the caller. */
    public record Shown(
            long id,
            long zoneId,
            String zoneCode,
            int year,
            int number,
            GreenReportStatus status,
            GreenReportTexts texts,
            String returnReason,
            String correctionReason,
            boolean mayWrite,
            boolean mayReview,
            boolean mayPublish,
            boolean mayCorrect,
            List<Line> versions,
            GreenReportView content)
            implements Serializable {}

    /** A zone's reports, every version, newest first. */
    @Transactional
    public List<Line> ofZone(long zoneId) {
        zoneAccess.zone(zoneId);
        return reports.ofZone(zoneId).stream().map(GreenReports::line).toList();
    }

    /** Starts a year's report (version 1); a year that has one already is refused (open it instead). */
    @Transactional
    public long start(long zoneId, int year) {
        UserAccount user = actor(zoneAccess.zone(zoneId));
        if (!reports.versions(zoneId, year).isEmpty()) {
            throw DomainException.conflict("year", "zone.report.exists", String.valueOf(year));
        }
        Instant now = Instant.now(clock);
        GreenReport report = GreenReport.start(
                zoneId, year, LocalDate.ofInstant(now, ZoneOffset.UTC).getYear(), user.getId(), now);
        reports.add(report);
        audit.record("ZONE_REPORT_STARTED", "GreenReport", report.getId(), null, report.snapshot(), null);
        return report.getId();
    }

    @Transactional
    public Shown show(long id) {
        GreenReport report = find(id);
        return shown(zoneAccess.zone(report.getZoneId()), report);
    }

    /** Saves the narrative (a draft or returned version). */
    @Transactional
    public Shown write(long id, GreenReportTexts texts) {
        GreenReport report = find(id);
        Zone zone = zoneAccess.zone(report.getZoneId());
        actor(zone);
        report.write(texts);
        audit.record("ZONE_REPORT_WRITTEN", "GreenReport", id, null, report.snapshot(), null);
        return shown(zone, report);
    }

    /** Saves the narrative and sends the report for review with the figures as of now frozen. */
    @Transactional
    public Shown submit(long id, GreenReportTexts texts) {
        GreenReport report = find(id);
        Zone zone = zoneAccess.zone(report.getZoneId());
        UserAccount user = actor(zone);
        report.write(texts);
        GreenReportFigures.Frozen frozen = figures.freeze(zone, report.getYear())
                .orElseThrow(() -> DomainException.invalid(null, "zone.report.noFigures"));
        report.submit(user.getId(), frozen.dataPack(), frozen.sha256(), frozen.reportData(), Instant.now(clock));
        audit.record("ZONE_REPORT_SUBMITTED", "GreenReport", id, null, report.snapshot(), null);
        return shown(zone, report);
    }

    @Transactional
    public Shown approve(long id) {
        GreenReport report = find(id);
        Zone zone = zoneAccess.zone(report.getZoneId());
        report.approve(actor(zone).getId(), Instant.now(clock));
        audit.record("ZONE_REPORT_APPROVED", "GreenReport", id, null, report.snapshot(), null);
        return shown(zone, report);
    }

    @Transactional
    public Shown returnForCorrection(long id, String reason) {
        GreenReport report = find(id);
        Zone zone = zoneAccess.zone(report.getZoneId());
        report.returnForCorrection(actor(zone).getId(), reason, Instant.now(clock));
        audit.record("ZONE_REPORT_RETURNED", "GreenReport", id, null, report.snapshot(), report.getReturnReason());
        return shown(zone, report);
    }

    @Transactional
    public Shown publish(long id) {
        GreenReport report = find(id);
        Zone zone = zoneAccess.zone(report.getZoneId());
        report.publish(actor(zone).getId(), Instant.now(clock));
        audit.record("ZONE_REPORT_PUBLISHED", "GreenReport", id, null, report.snapshot(), report.getDataPackSha256());
        return shown(zone, report);
    }

    /**
     * Starts a correction of the newest published version: the next version, its narrative copied, with the reason; it
     * goes through review again. Refused while another version of the year is still open or in review.
     */
    @Transactional
    public long correct(long id, String reason) {
        GreenReport report = find(id);
        Zone zone = zoneAccess.zone(report.getZoneId());
        UserAccount user = actor(zone);
        List<GreenReport> versions = reports.versions(zone.getId(), report.getYear());
        if (!versions.get(versions.size() - 1).getId().equals(report.getId())) {
            throw DomainException.conflict(null, "zone.report.newerVersion");
        }
        GreenReport next = report.correction(reason, user.getId(), Instant.now(clock));
        reports.add(next);
        audit.record("ZONE_REPORT_CORRECTION_STARTED", "GreenReport", next.getId(), null, next.snapshot(), reason);
        return next.getId();
    }

    private GreenReport find(long id) {
        return reports.find(id).orElseThrow(DomainException::notFound);
    }

    /** Only the zone's own administrators act on its report (an administrator of GreenHub reads it). */
    private UserAccount actor(Zone zone) {
        UserAccount user = currentUser.require();
        if (!zone.isAdministeredBy(user.getId())) {
            throw DomainException.forbidden();
        }
        return user;
    }

    private Shown shown(Zone zone, GreenReport report) {
        UserAccount user = currentUser.require();
        boolean administrator = zone.isAdministeredBy(user.getId());
        List<GreenReport> versions = reports.versions(zone.getId(), report.getYear());
        boolean newest =
                versions.isEmpty() || versions.get(versions.size() - 1).getId().equals(report.getId());
        GreenReportView content = report.frozen()
                ? views.view(
                        zone,
                        report,
                        report.getDataPack(),
                        report.getReportData(),
                        report.getDataPackSha256(),
                        user.getLanguage())
                : figures.freeze(zone, report.getYear())
                        .map(f -> views.view(zone, report, f.dataPack(), f.reportData(), null, user.getLanguage()))
                        .orElse(null);
        return new Shown(
                report.getId(),
                zone.getId(),
                zone.getCode(),
                report.getYear(),
                report.getNumber(),
                report.getStatus(),
                report.texts(),
                report.getReturnReason(),
                report.getCorrectionReason(),
                administrator && report.getStatus().open(),
                administrator
                        && report.getStatus() == GreenReportStatus.IN_REVIEW
                        && !user.getId().equals(report.getSubmittedBy()),
                administrator && report.getStatus() == GreenReportStatus.APPROVED,
                administrator && newest && report.getStatus() == GreenReportStatus.PUBLISHED,
                versions.stream().map(GreenReports::line).toList(),
                content);
    }

    private static Line line(GreenReport r) {
        return new Line(r.getId(), r.getYear(), r.getNumber(), r.getStatus());
    }
}
