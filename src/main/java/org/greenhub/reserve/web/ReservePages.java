package org.greenhub.reserve.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.text.Figures;

/** What the reserve managers' pages write the same way: windows, days and scores in the reader's locale. */
final class ReservePages {

    /** The zones a call's window can be counted in, as competitions offer them. */
    static final java.util.List<String> ZONES =
            java.util.List.of("Asia/Shanghai", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "UTC");

    private ReservePages() {}

    static String window(
            FacesMessages text, java.util.Locale locale, LocalDate opensOn, LocalDate closesOn, String zone) {
        return closesOn == null
                ? text.text("reserve.review.call.windowStanding", Figures.date(opensOn, locale), zone)
                : text.text(
                        "reserve.review.call.windowText",
                        Figures.date(opensOn, locale),
                        Figures.date(closesOn, locale),
                        zone);
    }

    static String number(BigDecimal value, java.util.Locale locale) {
        return value == null ? "" : Figures.amount(value.stripTrailingZeros(), locale);
    }
}
