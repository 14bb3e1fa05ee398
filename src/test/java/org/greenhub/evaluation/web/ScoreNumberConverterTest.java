package org.greenhub.evaluation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Scores as judges type and read them: the reader's decimal separator, either separator accepted, nothing else. */
class ScoreNumberConverterTest {

    private final ScoreNumberConverter converter = new ScoreNumberConverter();

    @Test
    void writesScoresWithTheReadersDecimalSeparatorAndNoGrouping() {
        assertEquals("0,5", ScoreNumberConverter.text(new BigDecimal("0.50"), Locale.forLanguageTag("vi")));
        assertEquals("0.5", ScoreNumberConverter.text(new BigDecimal("0.5"), Locale.forLanguageTag("th")));
        assertEquals("7.5", ScoreNumberConverter.text(new BigDecimal("7.5"), Locale.SIMPLIFIED_CHINESE));
        assertEquals("10", ScoreNumberConverter.text(new BigDecimal("10.0"), Locale.ENGLISH));
        assertEquals("1000", ScoreNumberConverter.text(new BigDecimal("1000"), Locale.ENGLISH));
    }

    @Test
    void readsAPointOrACommaAndRefusesAnythingElseInsteadOfDroppingIt() {
        assertEquals(new BigDecimal("7.5"), converter.getAsObject(null, null, "7,5"));
        assertEquals(new BigDecimal("7.5"), converter.getAsObject(null, null, " 7.5 "));
        assertEquals(
                new BigDecimal("12"),
                converter.getAsObject(null, null, "12"),
                "out of range is the sheet's to refuse, not the converter's");
        assertNull(converter.getAsObject(null, null, "  "));
        for (String bad : new String[] {"seven", "7.5.1", "1,000.5", "7e2", "--1"}) {
            assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, bad), bad);
        }
    }
}
