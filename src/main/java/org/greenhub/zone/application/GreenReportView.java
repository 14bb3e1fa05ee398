package org.greenhub.zone.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A version of a zone's annual green development report as one reader reads it: every text in their language (the
 * zone's narrative in theirs, or the English marked as such), every figure written as their locale writes it. The
 * public page, the review page and the PDF show exactly this; the workbook and the data pack carry every decimal.
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
        Chart chart)
        implements Serializable {

    /** A narrative section: its heading, its text and the language it is in ({@code fallback}: English instead). */
    public record Narrative(String key, String heading, String text, String lang, boolean fallback)
            implements Serializable {}

    public record Fact(String id, String label, String value) implements Serializable {}

    public record Table(List<String> headers, List<List<String>> rows) implements Serializable {}

    /** The carbon-peak chart's series: CO2 per year, the intensity and the target's path (null where none). */
    public record Chart(
            List<String> years,
            List<BigDecimal> co2,
            List<BigDecimal> intensity,
            List<BigDecimal> path,
            String co2Label,
            String intensityLabel,
            String pathLabel)
            implements Serializable {}
}
