package org.greenhub.zone.web;

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
 * A factor as an administrator types and reads it: in the page's locale (a decimal comma in Vietnamese), without
 * grouping, every decimal kept (0.0012143 must not be shown as 0.001). Both a comma and a point are taken as the
 * decimal separator, since factors are never large enough to be grouped; anything else is refused with the field's own
 * message (its {@code converterMessage}), never turned into an empty value. The sign is accepted so that a negative
 * value is refused by the rule ("more than 0"), not as "not a number".
 */
@FacesConverter("greenhub.factorNumber")
public class FactorNumberConverter implements Converter<BigDecimal> {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,12}([.,]\\d{1,20})?");

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
        return text(value, context.getViewRoot().getLocale());
    }

    /** A factor in the locale, as many decimals as it has, no grouping ("0,5703" in Vietnamese). */
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
