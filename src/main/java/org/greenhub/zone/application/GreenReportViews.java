package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.text.Figures;
import org.greenhub.zone.application.AccountingCalculator.ZoneYearOutput;
import org.greenhub.zone.application.GreenReportFigures.DataPack;
import org.greenhub.zone.application.GreenReportFigures.ReportData;
import org.greenhub.zone.application.GreenReportFigures.SectorLine;
import org.greenhub.zone.application.GreenReportView.Chart;
import org.greenhub.zone.application.GreenReportView.Fact;
import org.greenhub.zone.application.GreenReportView.Narrative;
import org.greenhub.zone.application.GreenReportView.Table;
import org.greenhub.zone.domain.CarbonPeak;
import org.greenhub.zone.domain.GreenReport;
import org.greenhub.zone.domain.Zone;

/**
 * Writes a report version for a reader: the frozen figures (or, before they are frozen, the figures as of now) and the
 * narrative, in the reader's language. Figures are rounded for reading (tonnes to 2 decimals, intensities to 4,
 * changes to 0.1 %); the workbook and the data pack carry the published 6 decimals.
 */
@ApplicationScoped
public class GreenReportViews {

    /** The zones GreenHub serves keep China time in their records, as the declarations do; the zone is named. */
    static final String TIME_ZONE = "Asia/Shanghai";

    private static final BigDecimal PERCENT = new BigDecimal(100);

    @Inject
    Messages messages;

    public GreenReportView view(
            Zone zone, GreenReport report, String packJson, String dataJson, String sha256, Language language) {
        Locale locale = language.locale();
        DataPack pack = GreenReportFigures.pack(packJson);
        ReportData data = GreenReportFigures.data(dataJson);
        int year = report.getYear();
        Optional<ZoneYearOutput> current = pack.response().zoneYears().stream()
                .filter(z -> z.year() == year)
                .findFirst();

        List<Narrative> narrative = new ArrayList<>();
        for (String key : GreenReport.SECTIONS) {
            LocalisedName text = report.section(key);
            if (text != null && text.english() != null) {
                LocalisedName.Shown shown = text.shown(language);
                narrative.add(new Narrative(
                        key, t(locale, "zone.report.section." + key), shown.text(), shown.lang(), shown.fallback()));
            }
        }

        List<Fact> figures = new ArrayList<>();
        current.ifPresent(z -> {
            figures.add(new Fact("energy", t(locale, "zone.report.figure.energy"), tonnes(z.energyTce(), locale)));
            figures.add(new Fact("co2", t(locale, "zone.report.figure.co2"), tonnes(z.co2T(), locale)));
            figures.add(
                    new Fact("valueAdded", t(locale, "zone.report.figure.valueAdded"), tonnes(z.valueAdded(), locale)));
            figures.add(new Fact(
                    "energyIntensity",
                    t(locale, "zone.report.figure.energyIntensity"),
                    intensity(z.energyIntensity(), locale) + status(z.energyIntensityStatus(), locale)));
            figures.add(new Fact(
                    "co2Intensity", t(locale, "zone.report.figure.co2Intensity"), intensity(z.co2Intensity(), locale)));
            figures.add(new Fact(
                    "co2Change", t(locale, "zone.report.figure.co2Change"), percent(z.co2IntensityChange(), locale)));
            figures.add(new Fact(
                    "co2AverageChange",
                    t(
                            locale,
                            "zone.report.figure.co2AverageChange",
                            String.valueOf(pack.request().baseYear())),
                    percent(z.co2AverageAnnualChange(), locale) + status(z.co2Status(), locale)));
        });

        List<List<String>> yearRows = new ArrayList<>();
        for (ZoneYearOutput z : pack.response().zoneYears()) {
            yearRows.add(List.of(
                    String.valueOf(z.year()),
                    tonnes(z.energyTce(), locale),
                    tonnes(z.co2T(), locale),
                    tonnes(z.valueAdded(), locale),
                    intensity(z.energyIntensity(), locale),
                    intensity(z.co2Intensity(), locale),
                    percent(z.co2IntensityChange(), locale)));
        }
        Table zoneYears = new Table(
                List.of(
                        t(locale, "zone.report.column.year"),
                        t(locale, "zone.report.figure.energy"),
                        t(locale, "zone.report.figure.co2"),
                        t(locale, "zone.report.figure.valueAdded"),
                        t(locale, "zone.report.figure.energyIntensity"),
                        t(locale, "zone.report.figure.co2Intensity"),
                        t(locale, "zone.report.figure.co2Change")),
                yearRows);

        BigDecimal target =
                pack.request().targets() == null || pack.request().targets().co2AnnualChange() == null
                        ? new BigDecimal("-0.04")
                        : pack.request().targets().co2AnnualChange();
        CarbonPeak.Section section = CarbonPeak.of(
                pack.request().baseYear(),
                year,
                target,
                pack.response().zoneYears().stream()
                        .map(z -> new CarbonPeak.Year(z.year(), z.co2T(), z.co2Intensity()))
                        .toList());
        List<Fact> peak = new ArrayList<>();
        peak.add(section.peak()
                .map(p -> new Fact(
                        "peak",
                        t(locale, "zone.report.peak.label"),
                        t(locale, "zone.report.peak.value", String.valueOf(p.year()), tonnes(p.co2T(), locale))))
                .orElse(new Fact("peak", t(locale, "zone.report.peak.label"), t(locale, "zone.report.peak.none"))));
        peak.add(new Fact(
                "path",
                t(locale, "zone.report.path.label"),
                t(locale, "zone.report.path.value", percent(target, locale), String.valueOf(section.baseYear()))));
        List<List<String>> pathRows = new ArrayList<>();
        List<String> chartYears = new ArrayList<>();
        List<BigDecimal> chartCo2 = new ArrayList<>();
        List<BigDecimal> chartIntensity = new ArrayList<>();
        List<BigDecimal> chartPath = new ArrayList<>();
        for (CarbonPeak.PathYear p : section.years()) {
            pathRows.add(List.of(
                    String.valueOf(p.year()),
                    p.co2T() == null ? t(locale, "zone.report.noData") : tonnes(p.co2T(), locale),
                    p.co2Intensity() == null ? t(locale, "zone.report.noData") : intensity(p.co2Intensity(), locale),
                    p.pathIntensity() == null ? "–" : intensity(p.pathIntensity(), locale),
                    p.onPath() == null
                            ? "–"
                            : t(locale, p.onPath() ? "zone.report.path.onPath" : "zone.report.path.offPath")));
            chartYears.add(String.valueOf(p.year()));
            chartCo2.add(p.co2T());
            chartIntensity.add(p.co2Intensity());
            chartPath.add(p.pathIntensity());
        }
        Table carbonPath = new Table(
                List.of(
                        t(locale, "zone.report.column.year"),
                        t(locale, "zone.report.figure.co2"),
                        t(locale, "zone.report.figure.co2Intensity"),
                        t(locale, "zone.report.path.column"),
                        t(locale, "zone.report.path.status")),
                pathRows);

        List<List<String>> sectorRows = new ArrayList<>();
        for (SectorLine s : data.sectors()) {
            sectorRows.add(List.of(
                    s.sector() == null ? t(locale, "zone.report.sector.none") : s.sector(),
                    Figures.count(s.enterprises(), locale),
                    tonnes(s.valueAdded(), locale),
                    tonnes(s.energyTce(), locale),
                    tonnes(s.co2T(), locale),
                    intensity(s.energyIntensity(), locale),
                    intensity(s.co2Intensity(), locale)));
        }
        Table sectors = new Table(
                List.of(
                        t(locale, "zone.report.column.sector"),
                        t(locale, "zone.report.column.enterprises"),
                        t(locale, "zone.report.figure.valueAdded"),
                        t(locale, "zone.report.figure.energy"),
                        t(locale, "zone.report.figure.co2"),
                        t(locale, "zone.report.figure.energyIntensity"),
                        t(locale, "zone.report.figure.co2Intensity")),
                sectorRows);

        List<Fact> declarations = List.of(
                new Fact(
                        "counted",
                        t(locale, "zone.report.declarations.counted"),
                        Figures.count(data.declarations().counted(), locale)),
                new Fact(
                        "inReview",
                        t(locale, "zone.report.declarations.inReview"),
                        Figures.count(data.declarations().inReview(), locale)),
                new Fact(
                        "returned",
                        t(locale, "zone.report.declarations.returned"),
                        Figures.count(data.declarations().returned(), locale)));

        return new GreenReportView(
                messages.localised(locale, zone.getName()),
                zone.getCode(),
                year,
                report.getNumber(),
                report.getPublishedAt() == null ? null : time(report.getPublishedAt()),
                report.getCorrectionReason(),
                List.copyOf(narrative),
                List.copyOf(figures),
                zoneYears,
                List.copyOf(peak),
                carbonPath,
                sectors,
                declarations,
                t(
                        locale,
                        "zone.report.citation",
                        String.valueOf(pack.factorTable().year()),
                        String.valueOf(pack.factorTable().revision())),
                sha256,
                new Chart(
                        chartYears,
                        chartCo2,
                        chartIntensity,
                        chartPath,
                        t(locale, "zone.report.chart.co2"),
                        t(locale, "zone.report.chart.intensity"),
                        t(locale, "zone.report.chart.path"),
                        energyByYear(pack, chartYears),
                        pack.request().targets() == null
                                ? null
                                : pack.request().targets().energyIntensity(),
                        t(locale, "zone.report.chart.energyTitle"),
                        t(locale, "zone.report.chart.energyIntensity"),
                        t(locale, "zone.report.chart.energyTarget")),
                programmes(pack.programmes(), locale));
    }

    /** The energy intensity of each of the chart's years (null where the accounts have none). */
    private static List<BigDecimal> energyByYear(DataPack pack, List<String> years) {
        java.util.Map<Integer, BigDecimal> byYear = new java.util.HashMap<>();
        pack.response().zoneYears().forEach(z -> {
            if (z.energyIntensity() != null) {
                byYear.put(z.year(), z.energyIntensity());
            }
        });
        List<BigDecimal> values = new ArrayList<>();
        years.forEach(y -> values.add(byYear.get(Integer.valueOf(y))));
        return values;
    }

    /** The programmes' results as facts in the reader's language; "no data" where a figure has no value. */
    private List<Fact> programmes(GreenReportFigures.ProgrammeResults p, Locale locale) {
        if (p == null) {
            return List.of();
        }
        String none = t(locale, "zone.report.programmes.none");
        List<Fact> facts = new ArrayList<>();
        facts.add(fact(locale, "competitionAwards", Figures.count(p.competitionAwards(), locale)));
        facts.add(fact(locale, "competitionEntries", Figures.count(p.competitionEntries(), locale)));
        facts.add(fact(locale, "incubatorResidents", Figures.count(p.incubatorResidents(), locale)));
        facts.add(fact(locale, "incubatorGraduates", Figures.count(p.incubatorGraduates(), locale)));
        facts.add(fact(locale, "allianceMembers", Figures.count(p.allianceMembers(), locale)));
        facts.add(fact(
                locale,
                "reserveListedProjects",
                p.reserveListedProjects() == null ? none : Figures.count(p.reserveListedProjects(), locale)));
        facts.add(fact(
                locale,
                "reserveFinancedProjects",
                p.reserveFinancedProjects() == null ? none : Figures.count(p.reserveFinancedProjects(), locale)));
        facts.add(fact(
                locale,
                "reserveFinancingYuan",
                p.reserveFinancingYuan() == null ? none : tonnes(p.reserveFinancingYuan(), locale)));
        facts.add(
                fact(locale, "energySavedTce", p.energySavedTce() == null ? none : tonnes(p.energySavedTce(), locale)));
        facts.add(fact(locale, "co2AvoidedT", p.co2AvoidedT() == null ? none : tonnes(p.co2AvoidedT(), locale)));
        return List.copyOf(facts);
    }

    private Fact fact(Locale locale, String id, String value) {
        return new Fact(id, t(locale, "zone.report.programmes." + id), value);
    }

    /** As {@code platform.web.TimeText} writes a time, its zone named (pages and the PDF alike). */
    static String time(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(instant.atZone(java.time.ZoneId.of(TIME_ZONE)))
                + " (" + TIME_ZONE + ")";
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }

    private String status(String status, Locale locale) {
        return status == null ? "" : " · " + t(locale, "zone.report.target." + status);
    }

    static String tonnes(BigDecimal value, Locale locale) {
        return fixed(value, 2, locale);
    }

    static String intensity(BigDecimal value, Locale locale) {
        return fixed(value, 4, locale);
    }

    static String percent(BigDecimal value, Locale locale) {
        if (value == null) {
            return "–";
        }
        String number = fixed(value.multiply(PERCENT), 1, locale);
        return value.signum() > 0 ? "+" + number + " %" : number + " %";
    }

    private static String fixed(BigDecimal value, int decimals, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
