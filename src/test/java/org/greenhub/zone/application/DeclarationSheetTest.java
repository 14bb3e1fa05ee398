package org.greenhub.zone.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.export.Spreadsheets;
import org.junit.jupiter.api.Test;

/** Reading a declaration sheet: the field codes' line, numbered lines, every problem of every line, both formats. */
class DeclarationSheetTest {

    private static final String HEADER = "Code,Year,Value added,Gross output,Electricity,Green,Audit,Standards\r\n"
            + "code,year,valueAdded,grossOutput,electricity,greenElectricity,cleanerProductionAudit,meetsStandards\r\n";

    private static DeclarationSheet.Read csv(String text) {
        return DeclarationSheet.read(DeclarationSheet.rows(text.getBytes(StandardCharsets.UTF_8), false));
    }

    private static List<String> reasons(DeclarationSheet.Read read) {
        return read.problems().stream()
                .map(p -> p.line() + " " + p.field() + " " + p.messageKey())
                .toList();
    }

    @Test
    void readsGoodLinesAndNamesEveryBadOneByTheLineASpreadsheetShows() {
        DeclarationSheet.Read read = csv("\uFEFF" + HEADER
                + "91320594000000001x,2025,12500,48000,5200,1300,yes,是\r\n"
                + "91320594000000002,2025,-1,48000,5200,1300,yes,no\r\n"
                + "91320594000000003,2025,12500,48000,100,150,no,no\r\n"
                + "\r\n"
                + "91320594000000004,2025,\"12,500\",48000,5200,1300,maybe,no\r\n"
                + "91320594000000005,2025,\"12500\",48000,\"5200.5\",0,ใช่,Có\r\n");
        assertEquals(
                List.of(
                        "4 valueAdded zone.declaration.negative",
                        "5 greenElectricity zone.declaration.greenAboveElectricity",
                        "7 valueAdded zoneimport.import.notANumber",
                        "7 cleanerProductionAudit zoneimport.import.notYesNo"),
                reasons(read),
                "the blank line 6 still counts, and line 7 has both its problems");
        assertEquals(
                List.of(3, 8),
                read.lines().stream().map(DeclarationSheet.Line::line).toList());
        DeclarationSheet.Line first = read.lines().get(0);
        assertEquals("91320594000000001X", first.code(), "codes are compared in upper case");
        assertEquals(2025, first.year());
        assertEquals(new BigDecimal("1300"), first.figures().greenElectricity());
        assertEquals(Boolean.TRUE, first.figures().meetsStandards(), "是 is yes");
        assertEquals(new BigDecimal("5200.5"), read.lines().get(1).figures().electricity());
        assertNull(first.figures().rawCoal(), "a column the sheet leaves out is not declared");
    }

    @Test
    void aSheetWithoutTheCodesLineOrWithAnUnknownColumnIsRefusedAtItsHeader() {
        assertEquals(
                List.of("1 null zoneimport.import.header"), reasons(csv("Code,Year\r\n91320594000000001,2025\r\n")));
        assertEquals(
                List.of("1 null zoneimport.import.unknownColumn"),
                reasons(csv("code,year,coal\r\n91320594000000001,2025,3\r\n")));
        assertEquals(List.of("2 null zoneimport.import.noLines"), reasons(csv(HEADER)));
    }

    @Test
    void aTextFileThatIsNotUtf8IsNotASheet() {
        byte[] latin1 = "code,year\r\nCafé,2025\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(
                "zoneimport.import.fileKind",
                assertThrows(DomainException.class, () -> DeclarationSheet.rows(latin1, false))
                        .messageKey());
    }

    @Test
    void theExcelTemplateReadsBackWithItsNumbers() {
        byte[] workbook = Spreadsheets.xlsx(
                "declarations",
                List.of("Code", "Year", "Value added", "Gross output", "Audit", "Standards"),
                List.of(
                        List.of(
                                "code",
                                "year",
                                "valueAdded",
                                "grossOutput",
                                "cleanerProductionAudit",
                                "meetsStandards"),
                        List.of("91320594000000009", 2025, new BigDecimal("12500.25"), 48000, true, "no")));
        DeclarationSheet.Read read = DeclarationSheet.read(DeclarationSheet.rows(workbook, true));
        assertEquals(List.of(), read.problems());
        assertEquals(3, read.lines().get(0).line(), "the first data line is the workbook's row 3");
        assertEquals(new BigDecimal("12500.25"), read.lines().get(0).figures().valueAdded());
        assertEquals(Boolean.FALSE, read.lines().get(0).figures().meetsStandards());
    }
}
