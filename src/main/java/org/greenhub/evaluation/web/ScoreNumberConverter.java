package org.greenhub.evaluation.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A score as a judge types it and reads it: in the page's locale (a decimal comma in Vietnamese), without grouping.
 * Scores are small, so both a comma and a point are taken as the decimal separator, whatever the locale; anything
 * else is refused with the field's own message (its {@code converterMessage}), never turned into an empty value.
 */
@FacesConverter("greenhub.scoreNumber")
public class ScoreNumberConverter implements Converter<BigDecimal> {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,9}([.,]\\d{1,6})?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        String text = value == null ? "" : value.strip().replace('\u00a0', ' ').replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new ConverterException();
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : text(value, context.getViewRoot().getLocale());
    }

    /** A number in the locale, as many decimals as it has, no grouping ("0,5" in Vietnamese, "0.5" in English). */
    static String text(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(locale));
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(Math.max(0, plain.scale()));
        format.setMaximumFractionDigits(Math.max(0, plain.scale()));
        return format.format(plain);
    }
}
