package org.greenhub.platform.files;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.domain.FileKind;
import org.greenhub.platform.files.domain.InspectedFile;

/**
 * Decides whether an upload is acceptable, from its bytes and not from its name: PDF, PPTX, XLSX, PNG or JPEG,
 * not empty, at most {@link UploadLimits#MAX_BYTES}, with a plain file name (no path parts, no control or
 * direction-changing characters). Office files are ZIP archives; only their central directory is read, never
 * decompressed, so a ZIP bomb costs nothing. Refusals are {@link DomainException}s with translated messages.
 */
public final class FileInspector {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int CENTRAL_DIRECTORY_HEADER = 0x02014b50;
    private static final int MAX_ZIP_ENTRIES = 20_000;

    private FileInspector() {}

    public static InspectedFile inspect(String fileName, byte[] content) {
        String name = checkName(fileName);
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "platform.file.empty");
        }
        if (content.length > UploadLimits.MAX_BYTES) {
            throw DomainException.invalid("file", "platform.file.tooLarge", UploadLimits.MAX_BYTES / (1024 * 1024));
        }
        FileKind kind = detect(content);
        if (kind == null) {
            throw DomainException.invalid("file", "platform.file.kind");
        }
        String extension = extension(name);
        if (extension.isEmpty() || !FileKind.isKnownExtension(extension)) {
            name = name + kind.extension();
        } else if (!kind.matchesExtension(extension)) {
            throw DomainException.invalid("file", "platform.file.extensionMismatch", kind.name(), extension);
        }
        return new InspectedFile(kind, name, content.length);
    }

    /** The name as given (NFC), or a refusal when it is blank, too long or could be read as a path. */
    static String checkName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw DomainException.invalid("file", "platform.file.nameMissing");
        }
        String name = Normalizer.normalize(fileName.strip(), Normalizer.Form.NFC);
        if (name.length() > UploadLimits.MAX_NAME_LENGTH) {
            throw DomainException.invalid("file", "platform.file.nameTooLong", UploadLimits.MAX_NAME_LENGTH);
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".")) {
            throw DomainException.invalid("file", "platform.file.namePath");
        }
        boolean bad = name.codePoints()
                .anyMatch(c -> Character.isISOControl(c)
                        || (c >= 0x202A && c <= 0x202E)
                        || (c >= 0x2066 && c <= 0x2069)
                        || c == 0x200E
                        || c == 0x200F
                        || c == ':'
                        || c == '*'
                        || c == '?'
                        || c == '"'
                        || c == '<'
                        || c == '>'
                        || c == '|');
        if (bad) {
            throw DomainException.invalid("file", "platform.file.nameCharacters");
        }
        return name;
    }

    static FileKind detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return FileKind.PDF;
        }
        if (startsWith(content, PNG)) {
            return FileKind.PNG;
        }
        if (startsWith(content, JPEG)) {
            return FileKind.JPEG;
        }
        if (startsWith(content, ZIP)) {
            Set<String> names = zipEntryNames(content);
            if (names.contains("[Content_Types].xml")) {
                if (names.contains("ppt/presentation.xml")) {
                    return FileKind.PPTX;
                }
                if (names.contains("xl/workbook.xml")) {
                    return FileKind.XLSX;
                }
            }
        }
        return null;
    }

    /** Entry names from the ZIP central directory, or an empty set when the archive is not well formed. */
    static Set<String> zipEntryNames(byte[] content) {
        ByteBuffer buffer = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        int lowest = Math.max(0, content.length - 22 - 65_535);
        for (int i = content.length - 22; i >= lowest; i--) {
            if (buffer.getInt(i) == END_OF_CENTRAL_DIRECTORY) {
                end = i;
                break;
            }
        }
        Set<String> names = new HashSet<>();
        if (end < 0) {
            return names;
        }
        int entries = Short.toUnsignedInt(buffer.getShort(end + 10));
        long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        if (entries > MAX_ZIP_ENTRIES || offset >= end) {
            return names;
        }
        int position = (int) offset;
        for (int i = 0; i < entries; i++) {
            if (position + 46 > end || buffer.getInt(position) != CENTRAL_DIRECTORY_HEADER) {
                return Set.of();
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(position + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(position + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(position + 32));
            if (position + 46 + nameLength > end) {
                return Set.of();
            }
            names.add(new String(content, position + 46, nameLength, StandardCharsets.UTF_8));
            position += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
