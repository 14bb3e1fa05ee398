package org.greenhub.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants as people read them on public and awards pages: date and time in the reader's locale, in the zone of what they belong to (a competition's), which is named. */
public final class LocalisedTime {

    /** When no competition is at hand (lists of several): China Standard Time, where most zones are. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private LocalisedTime() {}

    /** The zone a reader of this language most likely lives in, for times that belong to no one place. */
    public static String zoneOf(Locale locale) {
        return switch (org.greenhub.platform.i18n.Language.of(locale)) {
            case THAI -> "Asia/Bangkok";
            case VIETNAMESE -> "Asia/Ho_Chi_Minh";
            default -> ZONE.getId();
        };
    }

    public static String text(Instant instant, Locale locale) {
        return text(instant, locale, null);
    }

    public static String text(Instant instant, Locale locale, String zone) {
        if (instant == null) {
            return "";
        }
        ZoneId zoneId = zone == null ? ZONE : ZoneId.of(zone);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(instant.atZone(zoneId))
                + " (" + zoneId.getId() + ")";
    }
}
