package org.greenhub.publication.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import org.greenhub.platform.pdf.PdfFonts;
import org.greenhub.publication.domain.CertificateText;

/**
 * Lays a certificate out on one A4 landscape page, fonts embedded as subsets, so Chinese, Thai and Vietnamese names
 * and texts look the same in every PDF reader. Stateless; the texts come translated ({@link CertificateText}).
 */
public class CertificateRenderer {

    private static final Color GREEN = new Color(0x1b, 0x5e, 0x20);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    public byte[] render(CertificateText text) {
        PdfFonts fonts = PdfFonts.get();
        Rectangle page = PageSize.A4.rotate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(page, 60, 60, 60, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            document.addTitle(nfc(text.heading()) + " – " + nfc(text.awardee()));
            writer.getExtraCatalog()
                    .put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(text.languageTag()));
            document.addCreator("GreenHub");
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            frame(canvas, page);

            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(page.getLeft(90), page.getBottom(90), page.getRight(90), page.getTop(80));
            add(column, phrase(fonts.bold(), 34, GREEN, text.heading()), 0, 26);
            add(column, phrase(fonts.regular(), 15, GREY, text.preamble()), 0, 14);
            add(column, phrase(fonts.bold(), 28, Color.BLACK, text.awardee()), 0, 8);
            add(column, phrase(fonts.regular(), 14, GREY, text.entryTitle()), 0, 18);
            add(column, phrase(fonts.bold(), 20, GREEN, text.awardLine()), 0, 10);
            add(column, phrase(fonts.regular(), 14, Color.BLACK, text.competitionLine()), 0, 28);
            add(column, phrase(fonts.regular(), 13, Color.BLACK, text.issuer()), 0, 4);
            add(column, phrase(fonts.regular(), 13, Color.BLACK, text.dateLine()), 0, 0);
            column.go();

            ColumnText footer = new ColumnText(canvas);
            footer.setSimpleColumn(page.getLeft(90), page.getBottom(50), page.getRight(90), page.getBottom(120));
            add(footer, phrase(fonts.bold(), 13, GREEN, text.verificationCode()), 0, 2);
            add(footer, phrase(fonts.regular(), 9, GREY, text.verificationLine()), 0, 0);
            footer.go();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("certificate could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(GREEN);
        canvas.setLineWidth(4f);
        canvas.rectangle(page.getLeft(28), page.getBottom(28), page.getWidth() - 56, page.getHeight() - 56);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(page.getLeft(38), page.getBottom(38), page.getWidth() - 76, page.getHeight() - 76);
        canvas.stroke();
        canvas.restoreState();
    }

    private static void add(ColumnText column, Phrase phrase, float before, float after) {
        if (phrase.isEmpty()) {
            return;
        }
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        paragraph.setLeading(phrase.getFont().getSize() * 1.45f);
        column.addElement(paragraph);
    }

    /** Each character in the first font that has it; NFC so Vietnamese letters use their precomposed glyphs. */
    private static Phrase phrase(List<BaseFont> fonts, float size, Color color, String text) {
        FontSelector selector = new FontSelector();
        for (BaseFont font : fonts) {
            selector.addFont(new Font(font, size, Font.NORMAL, color));
        }
        Phrase phrase = text == null || text.isBlank() ? new Phrase() : selector.process(nfc(text));
        if (fonts.get(0) == PdfFonts.get().latinBold) {
            emboldenChinese(phrase, color);
        }
        phrase.setFont(new Font(fonts.get(0), size, Font.NORMAL, color));
        phrase.setLeading(size * 1.45f);
        return phrase;
    }

    /** There is no bold CJK face (it would double the WAR): bold Chinese is drawn filled and thinly outlined. */
    private static void emboldenChinese(Phrase phrase, Color color) {
        BaseFont chinese = PdfFonts.get().chinese;
        for (Object element : phrase) {
            if (element instanceof com.lowagie.text.Chunk chunk
                    && chunk.getFont().getBaseFont() == chinese) {
                chunk.setTextRenderMode(
                        PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE,
                        chunk.getFont().getSize() / 30f,
                        color);
            }
        }
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
