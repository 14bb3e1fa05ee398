package org.greenhub.competition.application;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.greenhub.platform.text.Figures;

/**
 * A rule's reason as its reader reads it. The rules keep their arguments as plain machine text ("1250000",
 * "2024-03-01", also stored with the check); this formats them for the reader's locale, knowing which reason carries
 * amounts, dates or counts. Used by the entry page and the mails, so both say "1,250,000 yuan" the same way.
 */
public final class EligibilityTexts {

    private EligibilityTexts() {}

    /** The reason's arguments formatted for {@code locale}. */
    public static Object[] args(String reasonKey, String[] args, Locale locale) {
        if (args == null) {
            return new Object[0];
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = arg(reasonKey, args[i], locale);
        }
        return shown;
    }

    private static String arg(String reasonKey, String value, Locale locale) {
        if (reasonKey.startsWith("competition.eligibility.revenue.")) {
            return Figures.amount(value, locale);
        }
        if (reasonKey.startsWith("competition.eligibility.founding.")) {
            return Figures.date(value, locale);
        }
        if (reasonKey.startsWith("competition.eligibility.awards.")) {
            return Figures.count(value, locale);
        }
        return value;
    }

    /**
     * The failed rules as lines for a mail ("Revenue cap: revenue of 250,000,000 yuan is over the cap of 200,000,000
     * yuan."), with {@code text} looking keys up in the reader's language.
     */
    public static String failed(
            List<EligibilityService.RuleView> rules, Locale locale, BiFunction<String, Object[], String> text) {
        StringBuilder lines = new StringBuilder();
        for (EligibilityService.RuleView rule : rules) {
            if (rule.passed()) {
                continue;
            }
            lines.append("\n– ")
                    .append(text.apply(rule.rule().messageKey(), new Object[0]))
                    .append(": ")
                    .append(text.apply(rule.reasonKey(), args(rule.reasonKey(), rule.args(), locale)));
        }
        return lines.toString();
    }
}
