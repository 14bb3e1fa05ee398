package org.greenhub.competition.award.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants as people read them on the awards pages: date and time in the competitions' zone (China Standard Time). */
public final class Times {

    /** GreenHub's competitions are run from a zone administration; their notices are dated in its zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Times() {
    }

    public static String text(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(ZONE)) + " (" + ZONE.getId() + ")";
    }
}
