package org.greenhub.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A small decimal as a person types and reads it (a score, an emission factor): in the page's locale (a decimal comma
 * in Vietnamese), without grouping, every decimal it has kept. Both a comma and a point are taken as the decimal
 * separator, whatever the locale, since such numbers are never large enough to be grouped; anything else is refused
 * with the field's own message (its {@code converterMessage}), never turned into an empty value. The sign is accepted
 * so that a negative value is refused by the field's rule, not as "not a number". Subclasses say how many digits.
 */
public abstract class PlainNumberConverter implements Converter<BigDecimal> {

    private final Pattern number;

    protected PlainNumberConverter(int integerDigits, int fractionDigits) {
        this.number = Pattern.compile("[+-]?\\d{1," + integerDigits + "}([.,]\\d{1," + fractionDigits + "})?");
    }

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        String text = value == null ? "" : value.strip().replace('\u00a0', ' ').replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!number.matcher(text).matches()) {
            throw new ConverterException();
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return text(value, context.getViewRoot().getLocale());
    }

    /** A number in the locale, as many decimals as it has, no grouping ("0,5703" in Vietnamese, "0.5" in English). */
    public static String text(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        int decimals = Math.max(0, plain.scale());
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(locale));
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(plain);
    }
}
