package org.greenhub.reserve.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.text.Figures;
import org.greenhub.reserve.domain.Benefits;

/**
 * What the reserve's pages write the same way: amounts and benefits in the reader's number format with their units
 * named (funders' pages), windows, days and scores in the reader's locale (managers' pages).
 */
final class ReservePages {

    /** The zones a call's window can be counted in, as competitions offer them. */
    static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "UTC");

    private ReservePages() {}

    static String yuan(BigDecimal amount, FacesMessages messages, Locale locale) {
        return amount == null ? "" : messages.text("reserve.public.yuan", Figures.amount(amount, locale));
    }

    static List<String> benefits(Benefits expected, FacesMessages messages, Locale locale) {
        List<String> shown = new ArrayList<>();
        if (expected == null) {
            return shown;
        }
        BigDecimal[] values = {
            expected.energySavedTce(), expected.co2AvoidedT(), expected.waterSavedM3(), expected.wasteRecycledT()
        };
        Benefits.Figure[] figures = Benefits.Figure.values();
        for (int i = 0; i < figures.length; i++) {
            if (values[i] != null) {
                shown.add(messages.text(
                        "reserve.public.benefit." + figures[i].name(), Figures.amount(values[i], locale)));
            }
        }
        return shown;
    }

    static String window(FacesMessages text, Locale locale, LocalDate opensOn, LocalDate closesOn, String zone) {
        return closesOn == null
                ? text.text("reserve.review.call.windowStanding", Figures.date(opensOn, locale), zone)
                : text.text(
                        "reserve.review.call.windowText",
                        Figures.date(opensOn, locale),
                        Figures.date(closesOn, locale),
                        zone);
    }

    static String number(BigDecimal value, Locale locale) {
        return value == null ? "" : Figures.amount(value.stripTrailingZeros(), locale);
    }
}
