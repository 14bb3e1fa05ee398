package org.greenhub.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotesCrLfBomAndKeepsLineNumbers() throws Exception {
        byte[] file = "\uFEFFentry,judge\r\n\"E,1\",\"say \"\"hi\"\"\"\r\n\r\n\"multi\nline\",x\nlast,y"
                .getBytes(StandardCharsets.UTF_8);
        List<Csv.Row> rows = Csv.parse(Csv.decodeUtf8(file));
        assertEquals(List.of("entry", "judge"), rows.get(0).fields());
        assertEquals(List.of("E,1", "say \"hi\""), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(3, rows.get(2).line());
        assertEquals(true, rows.get(2).blank());
        assertEquals(List.of("multi\nline", "x"), rows.get(3).fields());
        assertEquals(4, rows.get(3).line());
        assertEquals(6, rows.get(4).line());
    }

    @Test
    void refusesBrokenInput() {
        assertThrows(Csv.Malformed.class, () -> Csv.decodeUtf8(new byte[] {(byte) 0xC3, (byte) 0x28}));
        assertEquals(2, assertThrows(Csv.Malformed.class, () -> Csv.parse("a\n\"open,b\n")).line);
    }

    @Test
    void writesQuotedFieldsAndNeutralisesFormulas() {
        StringBuilder out = new StringBuilder();
        org.greenhub.platform.export.Spreadsheets.appendCsvRow(out, List.of("a,b", "=SUM(A1)", "say \"x\"", 3));
        assertEquals("\"a,b\",'=SUM(A1),\"say \"\"x\"\"\",3\r\n", out.toString());
    }
}
