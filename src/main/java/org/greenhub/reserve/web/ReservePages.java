package org.greenhub.reserve.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.text.Figures;
import org.greenhub.reserve.domain.Benefits;

/** How the reserve's funder pages write amounts and benefits: in the reader's number format, units named. */
final class ReservePages {

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
}
