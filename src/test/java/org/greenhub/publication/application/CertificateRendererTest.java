package org.greenhub.publication.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.greenhub.publication.domain.CertificateText;
import org.junit.jupiter.api.Test;

/**
 * Certificates in the four languages: the text read back from the PDF is the text given (so the right glyphs with
 * the right Unicode mapping were drawn), every font is embedded, and the PDFs are kept in target/certificates for a
 * look (pdftoppm -png).
 */
class CertificateRendererTest {

    private final CertificateRenderer renderer = new CertificateRenderer();

    static CertificateText chinese() {
        return new CertificateText(
                "zh-CN",
                "获奖证书",
                "兹证明",
                "绿源环保科技（苏州）有限公司",
                "工业余热回收与储能一体化系统",
                "荣获 一等奖",
                "2026 绿色产业创新创业大赛 · 初创组 · 节能环保",
                "2026年12月3日",
                "苏州国家高新区管委会",
                "验证地址：http://localhost:8080/public/verify.xhtml?code=7KQ2-M9XD",
                "7KQ2-M9XD");
    }

    static CertificateText thai() {
        return new CertificateText(
                "th",
                "เกียรติบัตร",
                "ขอมอบเกียรติบัตรฉบับนี้เพื่อแสดงว่า",
                "บริษัท กรีน เอนเนอร์จี โซลูชั่นส์ จำกัด",
                "ระบบกักเก็บพลังงานแสงอาทิตย์สำหรับโรงงาน",
                "ได้รับรางวัลชนะเลิศ",
                "การแข่งขันนวัตกรรมสีเขียว 2026 · กลุ่มสตาร์ทอัพ · พลังงานสะอาด",
                "3 ธันวาคม 2026",
                "",
                "ตรวจสอบได้ที่ http://localhost:8080/public/verify.xhtml?code=7KQ2-M9XD",
                "7KQ2-M9XD");
    }

    static CertificateText vietnamese() {
        return new CertificateText(
                "vi",
                "Giấy chứng nhận",
                "Chứng nhận",
                "Công ty Cổ phần Vật liệu Xanh Việt",
                "Vật liệu xây dựng tái chế từ tro bay",
                "đã đạt giải nhất",
                "Cuộc thi đổi mới sáng tạo xanh 2026 · bảng khởi nghiệp · thu hồi và tái chế tài nguyên",
                "Ngày 3 tháng 12 năm 2026",
                "",
                "Xác minh tại http://localhost:8080/public/verify.xhtml?code=7KQ2-M9XD",
                "7KQ2-M9XD");
    }

    static CertificateText english() {
        return new CertificateText(
                "en",
                "Certificate of Award",
                "This certifies that",
                "Evergreen Climate Capital 常青",
                "Heat recovery for dyeing works",
                "has been awarded the Second Prize",
                "Green Innovation Challenge 2026 · Growth group · Clean energy",
                "3 December 2026",
                "Suzhou National High-tech Zone",
                "Verify at http://localhost:8080/public/verify.xhtml?code=7KQ2-M9XD",
                "7KQ2-M9XD");
    }

    @Test
    void everyLanguageReadsBackAndEmbedsItsFonts() throws IOException {
        Path dir = Path.of("target", "certificates");
        Files.createDirectories(dir);
        for (CertificateText text : List.of(chinese(), thai(), vietnamese(), english())) {
            byte[] pdf = renderer.render(text);
            Files.write(dir.resolve("certificate-" + text.languageTag() + ".pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertEquals(1, document.getNumberOfPages());
                String read = normalise(new PDFTextStripper().getText(document));
                for (String line : List.of(
                        text.heading(),
                        text.awardee(),
                        text.entryTitle(),
                        text.awardLine(),
                        text.competitionLine(),
                        text.dateLine(),
                        text.verificationCode())) {
                    assertTrue(
                            read.contains(normalise(line)),
                            () -> text.languageTag() + ": '" + line + "' not in '" + read + "'");
                }
                for (PDFont font : fonts(document.getPage(0))) {
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().contains("+"), font.getName() + " is not a subset");
                }
            }
        }
    }

    @Test
    void chineseIsDrawnWithTrueTypeOutlinesThatReadersPaint() throws IOException {
        // Text can extract while the glyphs stay blank (seen with a CFF subset); so the page must also have ink where
        // the awardee's name is.
        byte[] pdf = renderer.render(chinese());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDFont font : fonts(document.getPage(0))) {
                assertTrue(
                        ((PDType0Font) font).getDescendantFont()
                                instanceof org.apache.pdfbox.pdmodel.font.PDCIDFontType2,
                        font.getName() + " is not a TrueType CID font");
            }
            java.awt.image.BufferedImage image =
                    new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 40);
            // The awardee line sits at about 35-42 % of the page height; there only the name is drawn.
            int dark = 0;
            for (int y = image.getHeight() * 33 / 100; y < image.getHeight() * 43 / 100; y++) {
                for (int x = image.getWidth() / 5; x < image.getWidth() * 4 / 5; x++) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 100) {
                        dark++;
                    }
                }
            }
            assertTrue(dark > 200, "the Chinese awardee name left no ink: " + dark + " dark pixels");
        }
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        assertFalse(fonts.isEmpty());
        return fonts;
    }

    /** Line breaks and spacing are the reader's business; the characters are ours. */
    private static String normalise(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .replaceAll("\\s+", "");
    }
}
