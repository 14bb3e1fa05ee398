package org.greenhub.zone.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Factors are read with a point or a comma and written in the reader's locale with every decimal they have. */
class FactorNumberConverterTest {

    private final FactorNumberConverter converter = new FactorNumberConverter();

    @Test
    void readsPointOrCommaAndRefusesWhatIsNoNumber() {
        assertEquals(new BigDecimal("0.0012143"), converter.getAsObject(null, null, " 0,0012143 "));
        assertEquals(new BigDecimal("-0.5"), converter.getAsObject(null, null, "-0.5"), "refused later as not > 0");
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "abc"));
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "0.5 t"));
        assertNull(converter.getAsObject(null, null, "  "));
    }

    @Test
    void writesEveryDecimalInTheLocale() {
        assertEquals("0.0012143", FactorNumberConverter.text(new BigDecimal("0.00121430"), Locale.ENGLISH));
        assertEquals("0,5703", FactorNumberConverter.text(new BigDecimal("0.5703"), Locale.forLanguageTag("vi")));
        assertEquals("1000", FactorNumberConverter.text(new BigDecimal("1E+3"), Locale.SIMPLIFIED_CHINESE));
    }
}
