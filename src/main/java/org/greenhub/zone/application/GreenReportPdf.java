package org.greenhub.zone.application;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.pdf.PdfFonts;
import org.greenhub.zone.application.GreenReportView.Chart;
import org.greenhub.zone.application.GreenReportView.Fact;
import org.greenhub.zone.application.GreenReportView.Narrative;
import org.greenhub.zone.application.GreenReportView.Table;

/**
 * Lays a published report out on A4 pages in one language, with the fonts and the library certificates use (OpenPDF,
 * Noto Sans, Noto Sans Thai, Noto Sans SC, embedded as subsets), so Chinese, Thai and Vietnamese read alike in every
 * PDF reader. Beside the tables it draws the carbon-peak charts itself ({@link GreenReportPdfCharts}): CO2 per year,
 * and the energy intensity against the zone's target.
 */
@ApplicationScoped
public class GreenReportPdf {

    private static final Color GREEN = new Color(0x1b, 0x5e, 0x20);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xdd, 0xdd, 0xdd);

    /** The headings, in the PDF's language. */
    public record Labels(
            String title,
            String version,
            String publishedAt,
            String correctionReason,
            String figures,
            String carbonPeak,
            String sectors,
            String declarations,
            String dataPack,
            String programmes,
            String inEnglish) {}

    public byte[] render(GreenReportView view, Language language, Labels labels) {
        PdfFonts fonts = PdfFonts.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.tag()));
            document.addTitle(nfc(labels.title() + " " + view.year() + " – " + view.zone()));
            document.addCreator("GreenHub");
            document.open();
            document.add(paragraph(fonts.bold(), 20, GREEN, labels.title() + " " + view.year(), 4));
            document.add(paragraph(fonts.bold(), 14, Color.BLACK, view.zone(), 8));
            document.add(paragraph(
                    fonts.regular(),
                    10,
                    GREY,
                    labels.version() + " " + view.number() + " · " + labels.publishedAt() + " "
                            + (view.publishedAt() == null ? "" : view.publishedAt()),
                    6));
            if (view.correctionReason() != null) {
                document.add(paragraph(
                        fonts.regular(),
                        10,
                        Color.BLACK,
                        labels.correctionReason() + ": " + view.correctionReason(),
                        6));
            }
            for (Narrative n : view.narrative()) {
                document.add(heading(fonts, n.heading() + (n.fallback() ? " " + labels.inEnglish() : "")));
                for (String part : n.text().split("\\R\\s*\\R")) {
                    document.add(paragraph(fonts.regular(), 10.5f, Color.BLACK, part.strip(), 6));
                }
            }
            document.add(heading(fonts, labels.figures()));
            document.add(facts(fonts, view.figures()));
            document.add(table(fonts, view.zoneYears()));
            document.add(heading(fonts, labels.carbonPeak()));
            document.add(facts(fonts, view.peak()));
            charts(document, writer, fonts, language, view.chart());
            document.add(table(fonts, view.carbonPath()));
            document.add(heading(fonts, labels.sectors()));
            document.add(table(fonts, view.sectors()));
            document.add(heading(fonts, labels.declarations()));
            document.add(facts(fonts, view.declarations()));
            if (!view.programmes().isEmpty()) {
                document.add(heading(fonts, labels.programmes()));
                document.add(facts(fonts, view.programmes()));
            }
            document.add(heading(fonts, labels.dataPack()));
            document.add(paragraph(fonts.regular(), 9, GREY, view.citation(), 2));
            document.add(paragraph(fonts.regular(), 9, GREY, "SHA-256 " + view.sha256(), 2));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("report could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static final Color CO2_BARS = new Color(0x1b, 0x7f, 0x4b);
    private static final Color ENERGY_BARS = new Color(0x2f, 0x6f, 0xb0);
    private static final Color TARGET = new Color(0xc6, 0x28, 0x28);

    /**
     * CO2 per year, then the energy intensity against its target; each kept on one page with its title and legend
     * (the legend in the series' colours).
     */
    private static void charts(Document document, PdfWriter writer, PdfFonts fonts, Language language, Chart chart)
            throws DocumentException {
        if (chart.years().isEmpty()) {
            return;
        }
        BaseFont digits = fonts.regular().get(0);
        document.add(titled(
                fonts,
                chart.co2Label(),
                GreenReportPdfCharts.bars(
                        writer.getDirectContent(),
                        digits,
                        language.locale(),
                        chart.years(),
                        chart.co2(),
                        CO2_BARS,
                        null,
                        null,
                        0),
                null));
        Paragraph legend = new Paragraph();
        legend.add(phrase(fonts.regular(), 8.5f, ENERGY_BARS, chart.energyLabel()));
        if (chart.energyTarget() != null) {
            legend.add(phrase(fonts.regular(), 8.5f, TARGET, "    - - " + chart.energyTargetLabel()));
        }
        document.add(titled(
                fonts,
                chart.energyTitle(),
                GreenReportPdfCharts.bars(
                        writer.getDirectContent(),
                        digits,
                        language.locale(),
                        chart.years(),
                        chart.energyIntensity(),
                        ENERGY_BARS,
                        chart.energyTarget(),
                        TARGET,
                        2),
                legend));
    }

    /** A chart with its title above and its legend below, never split over two pages. */
    private static PdfPTable titled(PdfFonts fonts, String title, com.lowagie.text.Image chart, Paragraph legend) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingAfter(8);
        PdfPCell heading = new PdfPCell(phrase(fonts.bold(), 10, Color.BLACK, title));
        heading.setBorder(PdfPCell.NO_BORDER);
        heading.setPaddingBottom(4);
        table.addCell(heading);
        PdfPCell image = new PdfPCell(chart, false);
        image.setBorder(PdfPCell.NO_BORDER);
        table.addCell(image);
        if (legend != null) {
            PdfPCell below = new PdfPCell(legend);
            below.setBorder(PdfPCell.NO_BORDER);
            table.addCell(below);
        }
        return table;
    }

    private static Paragraph heading(PdfFonts fonts, String text) {
        Paragraph heading = paragraph(fonts.bold(), 13, GREEN, text, 6);
        heading.setSpacingBefore(14);
        return heading;
    }

    private static PdfPTable facts(PdfFonts fonts, List<Fact> facts) {
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        for (Fact fact : facts) {
            table.addCell(cell(fonts.regular(), GREY, fact.label(), Element.ALIGN_LEFT));
            table.addCell(cell(fonts.bold(), Color.BLACK, fact.value(), Element.ALIGN_RIGHT));
        }
        return table;
    }

    private static PdfPTable table(PdfFonts fonts, Table data) {
        PdfPTable table = new PdfPTable(data.headers().size());
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : data.headers()) {
            table.addCell(cell(fonts.bold(), GREEN, header, Element.ALIGN_LEFT));
        }
        for (List<String> row : data.rows()) {
            for (int c = 0; c < row.size(); c++) {
                table.addCell(cell(
                        fonts.regular(), Color.BLACK, row.get(c), c == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
            }
        }
        return table;
    }

    private static PdfPCell cell(List<BaseFont> fonts, Color color, String text, int alignment) {
        PdfPCell cell = new PdfPCell(phrase(fonts, 8.5f, color, text));
        cell.setHorizontalAlignment(alignment);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        return cell;
    }

    private static Paragraph paragraph(List<BaseFont> fonts, float size, Color color, String text, float after) {
        Paragraph paragraph = new Paragraph(phrase(fonts, size, color, text));
        paragraph.setSpacingAfter(after);
        paragraph.setLeading(size * 1.5f);
        return paragraph;
    }

    /** Each character in the first font that has it; NFC so Vietnamese letters use their precomposed glyphs. */
    private static Phrase phrase(List<BaseFont> fonts, float size, Color color, String text) {
        FontSelector selector = new FontSelector();
        for (BaseFont font : fonts) {
            selector.addFont(new Font(font, size, Font.NORMAL, color));
        }
        Phrase phrase = text == null || text.isBlank() ? new Phrase(new Chunk(" ")) : selector.process(nfc(text));
        phrase.setLeading(size * 1.5f);
        return phrase;
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
