package org.greenhub.zone.application;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fonts embedded in zone reports, the very files certificates embed ({@code publication.application.CertificateFonts}; a feature does not reach into another) (SIL Open Font License, see {@code fonts/README.md}): Noto Sans for Latin and
 * Vietnamese, Noto Sans Thai, and Noto Sans CJK SC. They are read from the class path once per class loader.
 * <p>
 * Thai needs OpenType shaping (marks stacked above and below their base letter). OpenPDF does this through
 * {@link LayoutProcessor}, which shapes with Java's font layout (HarfBuzz) and loads the font into AWT from a file, so
 * the font files are copied to a temporary directory first (inside the WAR they are not plain files).
 */
final class ReportFonts {

    private static volatile ReportFonts instance;

    final BaseFont latin;
    final BaseFont latinBold;
    final BaseFont thai;
    final BaseFont thaiBold;
    final BaseFont chinese;

    private ReportFonts() {
        try {
            Path dir = Files.createTempDirectory("greenhub-fonts");
            dir.toFile().deleteOnExit();
            LayoutProcessor.enable();
            LayoutProcessor.setWriteActualText();
            latin = load(dir, "NotoSans-Regular.ttf", true);
            latinBold = load(dir, "NotoSans-Bold.ttf", true);
            thai = load(dir, "NotoSansThai-Regular.ttf", true);
            thaiBold = load(dir, "NotoSansThai-Bold.ttf", true);
            // CJK needs no shaping; its CFF outlines stay out of AWT.
            chinese = load(dir, "NotoSansSC-Regular.ttf", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReportFonts get() {
        ReportFonts fonts = instance;
        if (fonts == null) {
            synchronized (ReportFonts.class) {
                fonts = instance;
                if (fonts == null) {
                    fonts = new ReportFonts();
                    instance = fonts;
                }
            }
        }
        return fonts;
    }

    /** In the order a character is looked up: the first font that has its glyph draws it. */
    List<BaseFont> regular() {
        return List.of(latin, thai, chinese);
    }

    List<BaseFont> bold() {
        return List.of(latinBold, thaiBold, chinese);
    }

    private static BaseFont load(Path dir, String name, boolean shaped)
            throws IOException, com.lowagie.text.DocumentException {
        Path file = dir.resolve(name);
        try (InputStream in = ReportFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IOException("font missing from the class path: fonts/" + name);
            }
            Files.copy(in, file);
        }
        file.toFile().deleteOnExit();
        BaseFont font = BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        if (shaped) {
            LayoutProcessor.loadFont(font, file.toString());
        }
        return font;
    }
}
