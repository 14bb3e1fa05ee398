package org.greenhub.platform.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fonts GreenHub embeds in the PDFs it makes (certificates, zone reports), one set per class loader, so every PDF
 * draws the four languages alike (SIL Open Font License, see {@code fonts/README.md}): Noto Sans for Latin and
 * Vietnamese, Noto Sans Thai, and Noto Sans CJK SC. They are read from the class path once per class loader.
 * <p>
 * Thai needs OpenType shaping (marks stacked above and below their base letter). OpenPDF does this through
 * {@link LayoutProcessor}, which shapes with Java's font layout (HarfBuzz) and loads the font into AWT from a file, so
 * the font files are copied to a temporary directory first (inside the WAR they are not plain files).
 */
public final class PdfFonts {

    private static volatile PdfFonts instance;

    public final BaseFont latin;
    public final BaseFont latinBold;
    public final BaseFont thai;
    public final BaseFont thaiBold;
    public final BaseFont chinese;

    private PdfFonts() {
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

    public static PdfFonts get() {
        PdfFonts fonts = instance;
        if (fonts == null) {
            synchronized (PdfFonts.class) {
                fonts = instance;
                if (fonts == null) {
                    fonts = new PdfFonts();
                    instance = fonts;
                }
            }
        }
        return fonts;
    }

    /** In the order a character is looked up: the first font that has its glyph draws it. */
    public List<BaseFont> regular() {
        return List.of(latin, thai, chinese);
    }

    public List<BaseFont> bold() {
        return List.of(latinBold, thaiBold, chinese);
    }

    private static BaseFont load(Path dir, String name, boolean shaped)
            throws IOException, com.lowagie.text.DocumentException {
        Path file = dir.resolve(name);
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
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
