package org.greenhub.competition.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.greenhub.competition.application.EntryAttachments;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.Entry.Details;
import org.greenhub.organisation.domain.green.GreenIndustryCategory;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.text.Figures;

/**
 * An entry's sections as its readers see them, read-only and formatted for the reader's locale: what the applicant
 * checks on the review step ("what the judges will see") and what the read-only entry page shows. Rendered by
 * {@code WEB-INF/includes/competition/entry-preview.xhtml}, which takes nothing but this record, so other pages can
 * show an entry the same way.
 */
public record EntryPreview(
        String title,
        CompetitionGroup group,
        String track,
        String summary,
        String technology,
        String market,
        String team,
        List<Figure> financials,
        boolean ipDeclared,
        List<Figure> green,
        GreenIndustryCategory category,
        boolean cleanerProductionAudit,
        String methodNote,
        List<FileLine> files)
        implements Serializable {

    /** A labelled figure, already formatted ("1,250,000"); empty when not given. The label key names the unit. */
    public record Figure(String labelKey, String value) implements Serializable {}

    /** An attachment as listed: its kind, file name, size, and a link when the reader may open it (null otherwise). */
    public record FileLine(AttachmentKind kind, String fileName, String size, String url) implements Serializable {}

    static EntryPreview of(
            Details d,
            GreenMetrics m,
            List<EntryAttachments.AttachmentView> files,
            Locale locale,
            LongFunction<String> url) {
        List<Figure> financials = List.of(
                amount("competition.export.revenue", d.revenuePreviousYear(), locale),
                amount("competition.export.rdSpend", d.rdSpend(), locale),
                amount("competition.export.fundingRaised", d.fundingRaised(), locale));
        List<Figure> green = List.of(
                new Figure(
                        "green.field.baselineYear",
                        m.getBaselineYear() == null ? "" : String.valueOf(m.getBaselineYear())),
                amount("green.field.baselineEnergyUse", m.getBaselineEnergyUseMwh(), locale),
                amount("green.field.energySaved", m.getEnergySavedMwhPerYear(), locale),
                amount("green.field.emissionsAvoided", m.getEmissionsAvoidedTco2ePerYear(), locale),
                amount("green.field.energyIntensity", m.getEnergyIntensityTcePer10kYuan(), locale),
                amount("green.field.waterReused", m.getWaterReusedM3PerYear(), locale),
                amount("green.field.wasteRecycled", m.getWasteRecycledTonnesPerYear(), locale));
        List<FileLine> lines = files.stream()
                .map(f -> new FileLine(
                        f.kind(), f.fileName(), size(f.sizeBytes(), locale), url == null ? null : url.apply(f.id())))
                .toList();
        return new EntryPreview(
                d.projectTitle(),
                d.group(),
                d.track(),
                d.summary(),
                d.technology(),
                d.market(),
                d.team(),
                financials,
                d.ipOwnershipDeclared(),
                green,
                m.getCategory(),
                m.isCleanerProductionAudit(),
                m.getMethodNote(),
                lines);
    }

    private static Figure amount(String labelKey, BigDecimal value, Locale locale) {
        return new Figure(labelKey, Figures.amount(value, locale));
    }

    /** A file size in KB or MB, with the locale's decimal separator. */
    static String size(long bytes, Locale locale) {
        return bytes >= 1024 * 1024
                ? Figures.amount(
                                BigDecimal.valueOf(bytes)
                                        .divide(BigDecimal.valueOf(1048576), 1, java.math.RoundingMode.HALF_UP),
                                locale)
                        + " MB"
                : Figures.count(Math.max(1, bytes / 1024), locale) + " KB";
    }
}
