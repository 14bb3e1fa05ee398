package org.greenhub.platform.text;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Amounts, figures and dates as a reader of the given locale writes them ("1,250,000" in English and Chinese,
 * "1.250.000" in Vietnamese), for pages, mails and exports alike. The one place that decides how GreenHub prints a
 * number, so a page and the mail about it never disagree.
 */
public final class Figures {

    private Figures() {}

    /** An amount (yuan or any figure with at most two decimals), grouped by thousands; no trailing zeros. */
    public static String amount(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(0);
        // never round: amounts carry fen (two decimals), and a figure with more decimals keeps every one it has
        format.setMaximumFractionDigits(Math.max(2, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** A whole number, grouped by thousands. */
    public static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A calendar date in the locale's medium style ("1 Mar 2024", "2024年3月1日", "1 มี.ค. 2024"). */
    public static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    /**
     * An amount kept as plain text (a stored reason's argument, "1250000.5"), formatted; text that is not a plain
     * number is returned unchanged, so an old or unexpected argument still reads as it was stored.
     */
    public static String amount(String plain, Locale locale) {
        if (plain == null || plain.isBlank()) {
            return plain;
        }
        try {
            return amount(new BigDecimal(plain.trim()), locale);
        } catch (NumberFormatException notANumber) {
            return plain;
        }
    }

    /** A whole number kept as plain text, formatted; anything else unchanged. */
    public static String count(String plain, Locale locale) {
        if (plain == null || plain.isBlank()) {
            return plain;
        }
        try {
            return count(Long.parseLong(plain.trim()), locale);
        } catch (NumberFormatException notANumber) {
            return plain;
        }
    }

    /** An ISO date kept as plain text ("2024-03-01"), formatted; anything else unchanged. */
    public static String date(String iso, Locale locale) {
        if (iso == null || iso.isBlank()) {
            return iso;
        }
        try {
            return date(LocalDate.parse(iso.trim()), locale);
        } catch (DateTimeParseException notADate) {
            return iso;
        }
    }
}
