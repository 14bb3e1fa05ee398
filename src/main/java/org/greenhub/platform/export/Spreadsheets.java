package org.greenhub.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one way GreenHub writes tables for download (entries, score matrices, awards, members, dues, statistics): CSV
 * in UTF-8 with a byte-order mark so spreadsheet programs read Chinese, Thai and Vietnamese correctly, and Excel
 * workbooks written as a stream. Text never becomes a formula in either format.
 */
public final class Spreadsheets {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String UTF8_BOM = "\uFEFF";

    private Spreadsheets() {}

    public static byte[] csv(List<?> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder(UTF8_BOM);
        appendCsvRow(out, header);
        for (List<?> row : rows) {
            appendCsvRow(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One RFC 4180 line; text a spreadsheet would run as a formula is neutralised with a leading '. */
    public static void appendCsvRow(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
            if (!(cell instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            if (text.indexOf(',') >= 0
                    || text.indexOf('"') >= 0
                    || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            out.append(text);
        }
        out.append("\r\n");
    }

    /** Streaming workbook with a bold header: a 50,000-line table does not hold every cell object in memory at once. */
    public static byte[] xlsx(String sheetName, List<?> header, List<? extends List<?>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(String.valueOf(header.get(c)));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<?> line = rows.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Object value = line.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        // Stored as text, never as a formula: no formula injection from what applicants typed.
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
