package org.greenhub.competition.award.application;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.greenhub.evaluation.application.Csv;
import org.greenhub.evaluation.application.ExportFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The awards of a result as a table: CSV (UTF-8 with BOM, so spreadsheet programs read Chinese and Thai) or Excel. */
final class AwardExport {

    private static final List<String> HEADER = List.of("group", "track", "tier", "rank", "score", "awardee", "title", "status",
            "verification_code");

    private AwardExport() {
    }

    static ExportFile of(long resultId, List<AwardQueries.AwardLine> lines, ExportFile.Format format) {
        List<List<Object>> table = new ArrayList<>();
        for (AwardQueries.AwardLine a : lines) {
            table.add(List.of(a.group().name(), a.track(), a.tier().name(), a.rank(), a.score().stripTrailingZeros(), a.awardee(),
                    a.title(), a.status().name(), a.verificationCode()));
        }
        String base = "awards-" + resultId;
        return format == ExportFile.Format.CSV ? new ExportFile(base + ".csv", ExportFile.CSV, csv(table))
                : new ExportFile(base + ".xlsx", ExportFile.XLSX, xlsx(table));
    }

    private static byte[] csv(List<List<Object>> table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        Csv.appendRow(out, HEADER);
        for (List<Object> line : table) {
            Csv.appendRow(out, line.stream().map(c -> c instanceof BigDecimal d ? d.toPlainString() : c).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(List<List<Object>> table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("awards");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADER.get(i));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> line = table.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Object value = line.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value != null) {
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
