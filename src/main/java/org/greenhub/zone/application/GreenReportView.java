package org.greenhub.zone.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A version of a zone's annual green development report as one reader reads it: every text in their language (the
 * zone's narrative in theirs, or the English marked as such), every figure written as their locale writes it. The
 * public page, the review page and the PDF show exactly this; the workbook and the data pack carry every decimal.
 * {@code programmes} is the programmes' results of the year (empty for a report frozen before they were counted).
 */
public record GreenReportView(
        String zone,
        String zoneCode,
        int year,
        int number,
        String publishedAt,
        String correctionReason,
        List<Narrative> narrative,
        List<Fact> figures,
        Table zoneYears,
        List<Fact> peak,
        Table carbonPath,
        Table sectors,
        List<Fact> declarations,
        String citation,
        String sha256,
        Chart chart,
        List<Fact> programmes)
        implements Serializable {

    /** A narrative section: its heading, its text and the language it is in ({@code fallback}: English instead). */
    public record Narrative(String key, String heading, String text, String lang, boolean fallback)
            implements Serializable {}

    public record Fact(String id, String label, String value) implements Serializable {}

    public record Table(List<String> headers, List<List<String>> rows) implements Serializable {}

    /**
     * The charts' series, one value per year (null where none): CO2, its intensity and the target's path; and the
     * energy intensity against the zone's energy-intensity target (null without one).
     */
    public record Chart(
            List<String> years,
            List<BigDecimal> co2,
            List<BigDecimal> intensity,
            List<BigDecimal> path,
            String co2Label,
            String intensityLabel,
            String pathLabel,
            List<BigDecimal> energyIntensity,
            BigDecimal energyTarget,
            String energyTitle,
            String energyLabel,
            String energyTargetLabel)
            implements Serializable {}
}
