package org.greenhub.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.domain.FileKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileInspectorTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void recognisesEachAcceptedKindByContent() throws IOException {
        assertEquals(FileKind.PDF, FileInspector.inspect("plan.pdf", PDF).kind());
        assertEquals(FileKind.PNG, FileInspector.inspect("chart.png", PNG).kind());
        assertEquals(
                FileKind.JPEG,
                FileInspector.inspect("photo.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})
                        .kind());
        assertEquals(
                FileKind.PPTX,
                FileInspector.inspect("deck.pptx", zip("[Content_Types].xml", "ppt/presentation.xml"))
                        .kind());
        assertEquals(
                FileKind.XLSX,
                FileInspector.inspect("figures.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"))
                        .kind());
    }

    @Test
    void refusesAnExecutableRenamedPdf() {
        DomainException refused =
                assertThrows(DomainException.class, () -> FileInspector.inspect("business-plan.pdf", EXECUTABLE));
        assertEquals("platform.file.kind", refused.messageKey());
    }

    @Test
    void refusesAPlainZipOrAWordDocument() throws IOException {
        assertEquals(
                "platform.file.kind",
                assertThrows(DomainException.class, () -> FileInspector.inspect("a.xlsx", zip("hello.txt")))
                        .messageKey());
        assertEquals(
                "platform.file.kind",
                assertThrows(
                                DomainException.class,
                                () -> FileInspector.inspect("a.docx", zip("[Content_Types].xml", "word/document.xml")))
                        .messageKey());
    }

    @Test
    void refusesAFileOverTwentyMegabytesButAcceptsExactlyTwenty() {
        byte[] exactly = new byte[UploadLimits.MAX_BYTES];
        System.arraycopy(PDF, 0, exactly, 0, PDF.length);
        assertEquals(FileKind.PDF, FileInspector.inspect("big.pdf", exactly).kind());
        byte[] tooLarge = new byte[21 * 1024 * 1024];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        DomainException refused = assertThrows(DomainException.class, () -> FileInspector.inspect("big.pdf", tooLarge));
        assertEquals("platform.file.tooLarge", refused.messageKey());
        assertEquals(20, refused.args()[0]);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd.pdf",
                "..\\boot.pdf",
                "a/b.pdf",
                "plan\u0000.pdf",
                "plan\n.pdf",
                "gpj\u202E.pdf",
                ".hidden.pdf",
                "what?.pdf"
            })
    void refusesNamesThatCouldActAsPathsOrHideTheirExtension(String name) {
        DomainException refused = assertThrows(DomainException.class, () -> FileInspector.inspect(name, PDF));
        assertTrue(refused.messageKey().startsWith("platform.file.name"), refused.messageKey());
    }

    @Test
    void keepsNamesInAnyScriptAndAddsAMissingExtension() {
        assertEquals(
                "商业计划书 แผนธุรกิจ Kế hoạch.pdf",
                FileInspector.inspect("商业计划书 แผนธุรกิจ Kế hoạch.pdf", PDF).fileName());
        assertEquals("plan.pdf", FileInspector.inspect("plan", PDF).fileName());
        assertEquals("notes.txt.pdf", FileInspector.inspect("notes.txt", PDF).fileName());
    }

    @Test
    void refusesAKnownExtensionThatContradictsTheContent() {
        DomainException refused = assertThrows(DomainException.class, () -> FileInspector.inspect("chart.pdf", PNG));
        assertEquals("platform.file.extensionMismatch", refused.messageKey());
    }

    @Test
    void refusesAnEmptyFile() {
        assertEquals(
                "platform.file.empty",
                assertThrows(DomainException.class, () -> FileInspector.inspect("a.pdf", new byte[0]))
                        .messageKey());
    }

    @Test
    void contentDispositionNeverCarriesQuotesLineBreaksOrPaths() {
        String header = ContentDisposition.attachment("a\"b\r\nSet-Cookie: x/../商业.pdf");
        assertTrue(!header.contains("\r") && !header.contains("\n"), header);
        String fallback = header.substring(header.indexOf('"') + 1, header.indexOf('"', header.indexOf('"') + 1));
        assertTrue(fallback.matches("[A-Za-z0-9._ -]+"), fallback);
        assertTrue(header.contains("filename*=UTF-8''"), header);
        assertTrue(header.contains("%E5%95%86%E4%B8%9A.pdf"), header);
    }
}
