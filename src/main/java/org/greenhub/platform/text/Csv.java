package org.greenhub.platform.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV reader of every import (RFC 4180: comma-separated, double quotes around fields that need them, ""
 * for a quote inside), used by the engine's score import and the zone's declaration import alike. Small on purpose:
 * the sheets are a few columns, and a dependency for that is not worth it. {@code platform.export.Spreadsheets}
 * writes the same format.
 */
public final class Csv {

    /** A record and the line of the file it starts on (1-based), for error reports people can act on. */
    public record Row(int line, List<String> fields) {
        public boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** The text was not UTF-8, or a quoted field never ends. */
    public static final class Malformed extends Exception {
        public final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private static final char BOM = '\uFEFF';

    private Csv() {}

    /** Decodes strictly: a file in another encoding is refused rather than read as garbage. */
    public static String decodeUtf8(byte[] bytes) throws Malformed {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Malformed(0, "not UTF-8");
        }
    }

    public static List<Row> parse(String text) throws Malformed {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean rowHasContent = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                rowHasContent = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                rowHasContent = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                rows.add(new Row(rowStart, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                rowHasContent = false;
                line++;
                rowStart = line;
            } else {
                field.append(c);
                rowHasContent = true;
            }
            i++;
        }
        if (quoted) {
            throw new Malformed(rowStart, "unterminated quote");
        }
        if (rowHasContent || !field.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows;
    }
}
