package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.export.Spreadsheets;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.zone.application.AccountingCalculator.ZoneYearOutput;
import org.greenhub.zone.application.GreenReportFigures.DataPack;
import org.greenhub.zone.application.GreenReportFigures.SectorLine;
import org.greenhub.zone.domain.GreenReport;
import org.greenhub.zone.domain.GreenReportRepository;
import org.greenhub.zone.domain.GreenReportStatus;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneRepository;

/**
 * The public record of zones' annual reports, no sign-in: a published version (the newest by default, an earlier one by
 * its number), its PDF in any of the four languages, the workbook of its figures and its data pack exactly as frozen.
 * A report that is not published (or a version that is not) is "not found", like a zone that does not exist.
 */
@ApplicationScoped
public class PublishedGreenReports {

    @Inject
    ZoneRepository zones;

    @Inject
    GreenReportRepository reports;

    @Inject
    GreenReportViews views;

    @Inject
    GreenReportPdf pdf;

    @Inject
    Messages messages;

    /** A published version as the public page shows it, with the other published versions of the year. */
    public record Published(GreenReportView view, List<Integer> versions, int newest) implements Serializable {}

    /** A file to download. */
    public record Download(String fileName, byte[] content) {}

    @Transactional
    public Published page(String zoneCode, int year, Integer version, Language language) {
        Zone zone = zone(zoneCode);
        List<GreenReport> published = published(zone, year);
        GreenReport report = pick(published, version);
        return new Published(
                views.view(
                        zone,
                        report,
                        report.getDataPack(),
                        report.getReportData(),
                        report.getDataPackSha256(),
                        language),
                published.stream().map(GreenReport::getNumber).toList(),
                published.get(published.size() - 1).getNumber());
    }

    /** The data pack exactly as frozen: its SHA-256 is the one the page shows. */
    @Transactional
    public Download dataPack(String zoneCode, int year, Integer version) {
        Zone zone = zone(zoneCode);
        GreenReport report = pick(published(zone, year), version);
        return new Download(
                fileName(zone, report, "data-pack", "json"),
                report.getDataPack().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Transactional
    public Download pdf(String zoneCode, int year, Integer version, Language language) {
        Zone zone = zone(zoneCode);
        GreenReport report = pick(published(zone, year), version);
        GreenReportView view = views.view(
                zone, report, report.getDataPack(), report.getReportData(), report.getDataPackSha256(), language);
        return new Download(
                fileName(zone, report, "report-" + language.tag(), "pdf"),
                pdf.render(view, language, labels(language)));
    }

    /** The workbook: the zone-years as published (every decimal), then the year's sectors. */
    @Transactional
    public Download workbook(String zoneCode, int year, Integer version, Language language) {
        Zone zone = zone(zoneCode);
        GreenReport report = pick(published(zone, year), version);
        DataPack pack = GreenReportFigures.pack(report.getDataPack());
        java.util.Locale locale = language.locale();
        List<String> header = List.of(
                t(language, "zone.report.column.year"),
                t(language, "zone.report.figure.energy"),
                t(language, "zone.report.figure.co2"),
                t(language, "zone.report.figure.valueAdded"),
                t(language, "zone.report.figure.energyIntensity"),
                t(language, "zone.report.figure.co2Intensity"),
                t(language, "zone.report.figure.co2Change"),
                t(
                        language,
                        "zone.report.figure.co2AverageChange",
                        String.valueOf(pack.request().baseYear())),
                t(language, "zone.report.column.energyStatus"),
                t(language, "zone.report.column.co2Status"));
        List<List<Object>> rows = new ArrayList<>();
        for (ZoneYearOutput z : pack.response().zoneYears()) {
            rows.add(java.util.Arrays.asList(
                    z.year(),
                    z.energyTce(),
                    z.co2T(),
                    z.valueAdded(),
                    z.energyIntensity(),
                    z.co2Intensity(),
                    z.co2IntensityChange(),
                    z.co2AverageAnnualChange(),
                    z.energyIntensityStatus() == null
                            ? null
                            : t(language, "zone.report.target." + z.energyIntensityStatus()),
                    z.co2Status() == null ? null : t(language, "zone.report.target." + z.co2Status())));
        }
        rows.add(List.of());
        rows.add(List.of(
                t(language, "zone.report.column.sector"),
                t(language, "zone.report.column.enterprises"),
                t(language, "zone.report.figure.valueAdded"),
                t(language, "zone.report.figure.energy"),
                t(language, "zone.report.figure.co2"),
                t(language, "zone.report.figure.energyIntensity"),
                t(language, "zone.report.figure.co2Intensity")));
        for (SectorLine s : GreenReportFigures.data(report.getReportData()).sectors()) {
            rows.add(java.util.Arrays.asList(
                    s.sector() == null ? t(language, "zone.report.sector.none") : s.sector(),
                    s.enterprises(),
                    s.valueAdded(),
                    s.energyTce(),
                    s.co2T(),
                    s.energyIntensity(),
                    s.co2Intensity()));
        }
        if (pack.programmes() != null) {
            // every figure as frozen, unrounded; an empty cell where a figure has no value
            GreenReportFigures.ProgrammeResults p = pack.programmes();
            rows.add(List.of());
            rows.add(List.of(t(language, "zone.report.heading.programmes")));
            programmeRow(rows, language, "competitionAwards", p.competitionAwards());
            programmeRow(rows, language, "competitionEntries", p.competitionEntries());
            programmeRow(rows, language, "incubatorResidents", p.incubatorResidents());
            programmeRow(rows, language, "incubatorGraduates", p.incubatorGraduates());
            programmeRow(rows, language, "allianceMembers", p.allianceMembers());
            programmeRow(rows, language, "reserveListedProjects", p.reserveListedProjects());
            programmeRow(rows, language, "reserveFinancedProjects", p.reserveFinancedProjects());
            programmeRow(rows, language, "reserveFinancingYuan", p.reserveFinancingYuan());
            programmeRow(rows, language, "energySavedTce", p.energySavedTce());
            programmeRow(rows, language, "co2AvoidedT", p.co2AvoidedT());
        }
        rows.add(List.of());
        rows.add(List.of(t(
                language,
                "zone.report.citation",
                String.valueOf(pack.factorTable().year()),
                String.valueOf(pack.factorTable().revision()))));
        rows.add(List.of("SHA-256", report.getDataPackSha256()));
        String sheet = String.valueOf(report.getYear());
        return new Download(fileName(zone, report, "figures", "xlsx"), Spreadsheets.xlsx(sheet, header, rows));
    }

    private void programmeRow(List<List<Object>> rows, Language language, String id, Object value) {
        rows.add(java.util.Arrays.asList(t(language, "zone.report.programmes." + id), value));
    }

    private String t(Language language, String key, Object... args) {
        return messages.get(language.locale(), key, args);
    }

    /** The headings the PDF prints, in its language. */
    private GreenReportPdf.Labels labels(Language language) {
        return new GreenReportPdf.Labels(
                t(language, "zone.report.pdf.title"),
                t(language, "zone.report.version"),
                t(language, "zone.report.publishedAt"),
                t(language, "zone.report.correctionReason"),
                t(language, "zone.report.heading.figures"),
                t(language, "zone.report.heading.carbonPeak"),
                t(language, "zone.report.heading.sectors"),
                t(language, "zone.report.heading.declarations"),
                t(language, "zone.report.heading.dataPack"),
                t(language, "zone.report.heading.programmes"),
                t(language, "zone.report.inEnglish"));
    }

    private Zone zone(String code) {
        return zones.findByCode(code == null ? "" : code).orElseThrow(DomainException::notFound);
    }

    private List<GreenReport> published(Zone zone, int year) {
        List<GreenReport> published = reports.versions(zone.getId(), year).stream()
                .filter(r -> r.getStatus() == GreenReportStatus.PUBLISHED)
                .toList();
        if (published.isEmpty()) {
            throw DomainException.notFound();
        }
        return published;
    }

    private static GreenReport pick(List<GreenReport> published, Integer version) {
        if (version == null) {
            return published.get(published.size() - 1);
        }
        return published.stream()
                .filter(r -> r.getNumber() == version)
                .findFirst()
                .orElseThrow(DomainException::notFound);
    }

    private static String fileName(Zone zone, GreenReport report, String kind, String extension) {
        return "green-report-" + zone.getCode() + "-" + report.getYear() + "-v" + report.getNumber() + "-" + kind + "."
                + extension;
    }
}
