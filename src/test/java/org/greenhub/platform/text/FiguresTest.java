package org.greenhub.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Locale THAI = Locale.forLanguageTag("th");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Test
    void amountsAreGroupedAsTheReaderWritesThem() {
        BigDecimal revenue = new BigDecimal("1250000.00");
        assertEquals("1,250,000", Figures.amount(revenue, Locale.ENGLISH));
        assertEquals("1,250,000", Figures.amount(revenue, CHINESE));
        assertEquals("1,250,000", Figures.amount(revenue, THAI));
        assertEquals("1.250.000", Figures.amount(revenue, VIETNAMESE));
    }

    @Test
    void fenAndFinerFiguresKeepEveryDecimalTheyHave() {
        assertEquals("1,250,000.5", Figures.amount(new BigDecimal("1250000.50"), Locale.ENGLISH));
        assertEquals("0,125", Figures.amount(new BigDecimal("0.125"), VIETNAMESE));
        assertEquals("-5", Figures.amount(new BigDecimal("-5"), Locale.ENGLISH));
    }

    @Test
    void plainTextIsFormattedWhenItIsANumberOrADateAndKeptOtherwise() {
        assertEquals("200.000.000", Figures.amount("200000000", VIETNAMESE));
        assertEquals("about a million", Figures.amount("about a million", Locale.ENGLISH));
        assertEquals("12,345", Figures.count("12345", Locale.ENGLISH));
        assertEquals("three", Figures.count("three", Locale.ENGLISH));
        assertEquals(Figures.date(LocalDate.of(2024, 3, 1), CHINESE), Figures.date("2024-03-01", CHINESE));
        assertEquals("2024年3月1日", Figures.date("2024-03-01", CHINESE));
        assertEquals("Mar 1, 2024", Figures.date("2024-03-01", Locale.US));
        assertEquals("not a date", Figures.date("not a date", Locale.ENGLISH));
        assertEquals("", Figures.amount((BigDecimal) null, Locale.ENGLISH));
    }
}
