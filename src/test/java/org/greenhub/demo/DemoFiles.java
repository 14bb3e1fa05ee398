package org.greenhub.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Small but real files for the demo entries, made at seed time (nothing binary is kept in the repository): a one-page
 * PDF business plan and a PNG chart of the green figures, so a judge's documents open as they would for an upload.
 */
final class DemoFiles {

    private DemoFiles() {}

    /** A one-page A4 PDF with a title and paragraphs (Latin text: the PDF's standard fonts carry no CJK or Thai glyphs). */
    static byte[] pdf(String title, List<String> paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(title, new Font(Font.HELVETICA, 18, Font.BOLD, new Color(0x1b, 0x5e, 0x20))));
        for (String text : paragraphs) {
            Paragraph paragraph = new Paragraph(text, new Font(Font.HELVETICA, 11));
            paragraph.setSpacingBefore(10);
            document.add(paragraph);
        }
        document.close();
        return out.toByteArray();
    }

    /** A 640 x 360 PNG bar chart: one bar per value (scaled to the largest), labelled underneath. */
    static byte[] chart(String title, List<String> labels, List<Double> values) {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 640, 360);
            g.setColor(new Color(0x1b, 0x5e, 0x20));
            g.drawString(title, 24, 32);
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            int width = 520 / Math.max(1, values.size());
            for (int i = 0; i < values.size(); i++) {
                int height = (int) Math.round(240 * values.get(i) / (max == 0 ? 1 : max));
                int x = 60 + i * width;
                g.setColor(new Color(0x43, 0xa0, 0x47));
                g.fillRect(x, 300 - height, width - 16, height);
                g.setColor(Color.DARK_GRAY);
                g.drawString(labels.get(i), x, 322);
                g.drawString(String.format(java.util.Locale.ROOT, "%,.0f", values.get(i)), x, 292 - height);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
