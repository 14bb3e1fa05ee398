package org.greenhub.zone.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.Csv;
import org.greenhub.zone.domain.DeclarationFigures;

/**
 * The declaration sheet a zone imports, read without the database: a CSV (UTF-8) or an Excel workbook whose first
 * or second line holds the field codes (the template's first line names the columns in the reader's language, its
 * second holds the codes), then one line per enterprise-year: the organisation's code, the year and the figures in
 * the units of the declaration form. Each line becomes {@link DeclarationFigures} checked by
 * {@link DeclarationFigures#check()}, the form's own rules; every problem is kept with its line number, none stops
 * the reading.
 */
public final class DeclarationSheet {

    /** The columns, in the declaration form's order; the codes are the form's and the API's field names. */
    public static final List<String> COLUMNS = List.of(
            "code",
            "year",
            "valueAdded",
            "grossOutput",
            "greenTechOutput",
            "electricity",
            "greenElectricity",
            "rawCoal",
            "naturalGas",
            "diesel",
            "gasoline",
            "heat",
            "otherEnergy",
            "otherEnergyUnit",
            "otherEnergyFactor",
            "waterWithdrawn",
            "waterReused",
            "wasteGenerated",
            "wasteRecycled",
            "cod",
            "ammoniaNitrogen",
            "so2",
            "nox",
            "vocs",
            "particulates",
            "cleanerProductionAudit",
            "meetsStandards");

    private static final Set<String> TEXT_COLUMNS = Set.of("code", "otherEnergyUnit");
    private static final Set<String> YES_NO_COLUMNS = Set.of("cleanerProductionAudit", "meetsStandards");
    /** Yes and no as people type them in the four languages (and as spreadsheets write booleans). */
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是", "ใช่", "có");

    private static final Set<String> NO = Set.of("no", "n", "false", "0", "否", "ไม่", "ไม่ใช่", "không");
    /** Far more lines than any zone has enterprises, few enough that a stray upload stays harmless. */
    public static final int MAX_LINES = 20_000;

    private DeclarationSheet() {}

    /** A line of the sheet as read: its number (1 is the first line) and its cells as text. */
    public record RawRow(int line, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** One enterprise-year as the sheet says it. */
    public record Line(int line, String code, int year, DeclarationFigures figures) {}

    /** A bad line: its number, the column it names (null: the whole line) and why, as a message key. */
    public record Problem(int line, String field, String messageKey, List<Object> args) {

        public Problem(int line, String field, String messageKey, Object... args) {
            this(line, field, messageKey, List.of(args));
        }
    }

    /** The lines that read well and the problems of the others. */
    public record Read(List<Line> lines, List<Problem> problems) {}

    /** The rows of a workbook's first sheet or of a UTF-8 CSV, as text. */
    public static List<RawRow> rows(byte[] content, boolean workbook) {
        return workbook ? workbookRows(content) : csvRows(content);
    }

    /** Reads the rows: the field codes' line, then each enterprise-year. */
    public static Read read(List<RawRow> rows) {
        List<RawRow> filled = rows.stream().filter(r -> !r.blank()).toList();
        int codesAt = -1;
        for (int i = 0; i < Math.min(2, filled.size()); i++) {
            if (isCodes(filled.get(i))) {
                codesAt = i;
                break;
            }
        }
        if (codesAt < 0) {
            int line = filled.isEmpty() ? 1 : filled.get(0).line();
            return new Read(
                    List.of(),
                    List.of(new Problem(line, null, "zoneimport.import.header", String.join(", ", COLUMNS))));
        }
        List<String> header = filled.get(codesAt).cells().stream()
                .map(c -> c == null ? "" : c.strip())
                .toList();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String code = header.get(c);
            if (code.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(code) || columns.putIfAbsent(code, c) != null) {
                problems.add(new Problem(filled.get(codesAt).line(), null, "zoneimport.import.unknownColumn", code));
            }
        }
        for (String required : List.of("code", "year")) {
            if (!columns.containsKey(required)) {
                problems.add(
                        new Problem(filled.get(codesAt).line(), null, "zoneimport.import.missingColumn", required));
            }
        }
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        List<RawRow> data = filled.subList(codesAt + 1, filled.size());
        if (data.isEmpty()) {
            return new Read(
                    List.of(), List.of(new Problem(filled.get(codesAt).line(), null, "zoneimport.import.noLines")));
        }
        if (data.size() > MAX_LINES) {
            return new Read(
                    List.of(),
                    List.of(new Problem(
                            data.get(MAX_LINES).line(),
                            null,
                            "zoneimport.import.tooManyLines",
                            String.valueOf(MAX_LINES))));
        }
        List<Line> lines = new ArrayList<>();
        for (RawRow row : data) {
            Line line = line(row, columns, problems);
            if (line != null) {
                lines.add(line);
            }
        }
        return new Read(lines, problems);
    }

    private static boolean isCodes(RawRow row) {
        return row.cells().stream().anyMatch(c -> c != null && c.strip().equals("code"))
                && row.cells().stream().anyMatch(c -> c != null && c.strip().equals("year"));
    }

    /** One enterprise-year, or null with its problems added (every problem of the line, not just the first). */
    private static Line line(RawRow row, Map<String, Integer> columns, List<Problem> problems) {
        int before = problems.size();
        Map<String, String> text = new HashMap<>();
        columns.forEach((code, c) -> {
            String value = c < row.cells().size() ? row.cells().get(c) : null;
            text.put(code, value == null || value.isBlank() ? null : value.strip());
        });
        String code = text.get("code");
        if (code == null) {
            problems.add(new Problem(row.line(), "code", "platform.validation.required"));
        }
        Integer year = null;
        if (text.get("year") == null) {
            problems.add(new Problem(row.line(), "year", "platform.validation.required"));
        } else {
            try {
                year = new BigDecimal(text.get("year")).intValueExact();
            } catch (ArithmeticException | NumberFormatException notAYear) {
                problems.add(new Problem(row.line(), "year", "zoneimport.import.notAYear", text.get("year")));
            }
        }
        Map<String, BigDecimal> numbers = new HashMap<>();
        Map<String, Boolean> answers = new HashMap<>();
        for (String column : COLUMNS) {
            String value = text.get(column);
            if (value == null || column.equals("code") || column.equals("year") || TEXT_COLUMNS.contains(column)) {
                continue;
            }
            if (YES_NO_COLUMNS.contains(column)) {
                String answer = value.toLowerCase(Locale.ROOT);
                if (YES.contains(answer)) {
                    answers.put(column, true);
                } else if (NO.contains(answer)) {
                    answers.put(column, false);
                } else {
                    problems.add(new Problem(row.line(), column, "zoneimport.import.notYesNo", value));
                }
                continue;
            }
            try {
                // plain numbers only: "1,250" is a thousand and a quarter in one locale and one and a quarter in
                // another
                numbers.put(column, new BigDecimal(value.replace(" ", "")));
            } catch (NumberFormatException notANumber) {
                problems.add(new Problem(row.line(), column, "zoneimport.import.notANumber", value));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        DeclarationFigures figures = new DeclarationFigures(
                numbers.get("valueAdded"),
                numbers.get("grossOutput"),
                numbers.get("greenTechOutput"),
                numbers.get("electricity"),
                numbers.get("greenElectricity"),
                numbers.get("rawCoal"),
                numbers.get("naturalGas"),
                numbers.get("diesel"),
                numbers.get("gasoline"),
                numbers.get("heat"),
                numbers.get("otherEnergy"),
                text.get("otherEnergyUnit"),
                numbers.get("otherEnergyFactor"),
                numbers.get("waterWithdrawn"),
                numbers.get("waterReused"),
                numbers.get("wasteGenerated"),
                numbers.get("wasteRecycled"),
                numbers.get("cod"),
                numbers.get("ammoniaNitrogen"),
                numbers.get("so2"),
                numbers.get("nox"),
                numbers.get("vocs"),
                numbers.get("particulates"),
                answers.get("cleanerProductionAudit"),
                answers.get("meetsStandards"));
        try {
            // the declaration form's own rules, not a copy: negative, green above total, required, decimals
            figures = figures.check();
        } catch (DomainException refused) {
            problems.add(new Problem(row.line(), refused.field(), refused.messageKey(), refused.args()));
            return null;
        }
        return new Line(row.line(), code.toUpperCase(Locale.ROOT), year, figures);
    }

    private static List<RawRow> workbookRows(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (rows.size() > MAX_LINES + 2) {
                    break;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(new RawRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            throw DomainException.invalid("file", "zoneimport.import.unreadable");
        }
    }

    /** A cell as text: numbers as plain decimals (as Excel shows them, not in binary detail), formulas by their value. */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
    }

    private static List<RawRow> csvRows(byte[] content) {
        String text;
        try {
            text = Csv.decodeUtf8(content);
        } catch (Csv.Malformed notUtf8) {
            throw DomainException.invalid("file", "zoneimport.import.fileKind");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
            // a binary file that happens to decode: no sheet has control characters
            throw DomainException.invalid("file", "zoneimport.import.fileKind");
        }
        try {
            return Csv.parse(text).stream()
                    .map(row -> new RawRow(row.line(), row.fields()))
                    .toList();
        } catch (Csv.Malformed unterminated) {
            throw DomainException.invalid(
                    "file", "zoneimport.import.unterminatedQuote", String.valueOf(unterminated.line));
        }
    }
}
