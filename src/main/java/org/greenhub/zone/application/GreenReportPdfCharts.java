package org.greenhub.zone.application;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The report's charts drawn as vector graphics with the PDF library's own drawing API (no chart library on the
 * server): bars per year on a scale that starts at zero, with an optional horizontal target line. Only numbers are
 * written inside a chart (years, the scale), in Noto Sans; titles and legends are the document's paragraphs, so every
 * language is shaped as the rest of the text.
 */
final class GreenReportPdfCharts {

    static final float WIDTH = 495;
    static final float HEIGHT = 170;

    private static final float LEFT = 52;
    private static final float BOTTOM = 22;
    private static final float TOP = 8;
    private static final float RIGHT = 6;
    private static final Color AXIS = new Color(0x88, 0x88, 0x88);
    private static final Color GRID = new Color(0xe3, 0xe3, 0xe3);
    private static final Color TEXT = new Color(0x44, 0x44, 0x44);

    private GreenReportPdfCharts() {}

    /**
     * Bars for each year's value (none where a year has no value), and the target as a dashed line when given.
     * Answers the chart as an image to add to the document.
     */
    static Image bars(
            PdfContentByte canvas,
            BaseFont digits,
            Locale locale,
            List<String> years,
            List<BigDecimal> values,
            Color bar,
            BigDecimal target,
            Color targetColour,
            int decimals) {
        PdfTemplate chart = canvas.createTemplate(WIDTH, HEIGHT);
        double max = target == null ? 0 : target.doubleValue();
        for (BigDecimal v : values) {
            if (v != null) {
                max = Math.max(max, v.doubleValue());
            }
        }
        double step = niceStep(max);
        double top = step * Math.max(1, Math.ceil(max / step));
        float plotWidth = WIDTH - LEFT - RIGHT;
        float plotHeight = HEIGHT - BOTTOM - TOP;
        NumberFormat scale = NumberFormat.getNumberInstance(locale);
        scale.setGroupingUsed(true);
        scale.setMaximumFractionDigits(decimals);

        // the scale: a grid line and its value every step
        chart.setLineWidth(0.5f);
        for (double tick = 0; tick <= top + step / 2; tick += step) {
            float y = BOTTOM + (float) (tick / top) * plotHeight;
            chart.setColorStroke(tick == 0 ? AXIS : GRID);
            chart.moveTo(LEFT, y);
            chart.lineTo(WIDTH - RIGHT, y);
            chart.stroke();
            text(chart, digits, scale.format(tick), LEFT - 4, y - 2.5f, PdfContentByte.ALIGN_RIGHT);
        }

        // one slot per year, the bar in its middle
        float slot = plotWidth / Math.max(1, years.size());
        float barWidth = Math.min(36, slot * 0.6f);
        for (int i = 0; i < years.size(); i++) {
            float middle = LEFT + slot * i + slot / 2;
            BigDecimal v = values.get(i);
            if (v != null && v.signum() > 0) {
                chart.setColorFill(bar);
                chart.rectangle(middle - barWidth / 2, BOTTOM, barWidth, (float) (v.doubleValue() / top) * plotHeight);
                chart.fill();
            }
            text(chart, digits, years.get(i), middle, BOTTOM - 11, PdfContentByte.ALIGN_CENTER);
        }

        if (target != null) {
            // dashed: the target is what the year should reach, not a measurement
            float y = BOTTOM + (float) (target.doubleValue() / top) * plotHeight;
            chart.setColorStroke(targetColour);
            chart.setLineWidth(1.2f);
            chart.setLineDash(5, 3, 0);
            chart.moveTo(LEFT, y);
            chart.lineTo(WIDTH - RIGHT, y);
            chart.stroke();
            chart.setLineDash(0);
        }
        try {
            return Image.getInstance(chart);
        } catch (BadElementException e) {
            throw new IllegalStateException("chart could not be drawn", e);
        }
    }

    /** 1, 2 or 5 times a power of ten, giving four to eight steps up to {@code max}. */
    static double niceStep(double max) {
        if (max <= 0) {
            return 1;
        }
        double rough = max / 4;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private static void text(PdfTemplate chart, BaseFont font, String text, float x, float y, int alignment) {
        chart.beginText();
        chart.setFontAndSize(font, 7);
        chart.setColorFill(TEXT);
        chart.showTextAligned(alignment, text, x, y, 0);
        chart.endText();
    }
}
