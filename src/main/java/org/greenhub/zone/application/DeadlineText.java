package org.greenhub.zone.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.text.Figures;

/**
 * A declaring deadline as its reader writes it: the due date in their locale, "end of day", and the time zone named
 * in their language ("31 Mar 2027, end of the day, China Standard Time"), on pages and in mails alike.
 */
public final class DeadlineText {

    private DeadlineText() {}

    public static String of(Messages messages, LocalDate dueOn, String timeZone, Locale locale) {
        return messages.get(
                locale, "zoneimport.deadline.dueText", Figures.date(dueOn, locale), zoneName(timeZone, dueOn, locale));
    }

    /**
     * The time zone's name in the reader's language with its offset on a day ("China Standard Time UTC+8"): the JDK's
     * generic names are left in English for some regions in Thai and Vietnamese, the standard-time names are not.
     */
    public static String zoneName(String timeZone, LocalDate on, Locale locale) {
        ZoneId zone = ZoneId.of(timeZone);
        String name = TimeZone.getTimeZone(zone).getDisplayName(false, TimeZone.LONG, locale);
        int seconds = zone.getRules()
                .getStandardOffset(on.atStartOfDay(zone).toInstant())
                .getTotalSeconds();
        String offset = seconds == 0
                ? "UTC"
                : String.format(
                        Locale.ROOT,
                        "UTC%s%d%s",
                        seconds < 0 ? "−" : "+",
                        Math.abs(seconds) / 3600,
                        Math.abs(seconds) % 3600 == 0
                                ? ""
                                : String.format(Locale.ROOT, ":%02d", Math.abs(seconds) % 3600 / 60));
        return name + " " + offset;
    }
}
