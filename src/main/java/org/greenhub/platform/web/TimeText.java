package org.greenhub.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as managers read them: a wall-clock time with the zone it is in, so nobody guesses the zone (every feature). */
public final class TimeText {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimeText() {}

    public static String of(Instant instant, String zone) {
        if (instant == null) {
            return "";
        }
        return FORMAT.format(instant.atZone(ZoneId.of(zone))) + " (" + zone + ")";
    }
}
