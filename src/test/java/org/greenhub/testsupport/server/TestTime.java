package org.greenhub.testsupport.server;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The time every test lives in, the same in the test JVM and in the server: it starts at {@code GREENHUB_TEST_CLOCK}
 * (default {@link #DEFAULT_START}) at the real instant {@code GREENHUB_TEST_CLOCK_ANCHOR} (the build's start, so
 * both JVMs agree to the second) and then runs at the real pace, so events still happen in order. Nothing in a test
 * depends on the day the suite runs; {@code src/build/suite-on-dates.sh} runs the suite on awkward dates.
 */
public final class TestTime {

    /** A plain weekday in the middle of a quarter. */
    public static final Instant DEFAULT_START = Instant.parse("2026-11-25T10:00:00Z");

    private static final Clock CLOCK = build();

    private TestTime() {}

    public static Clock clock() {
        return CLOCK;
    }

    public static Instant now() {
        return Instant.now(CLOCK);
    }

    /** Today in UTC, the zone of the application clock. */
    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    public static LocalDateTime nowLocal() {
        return LocalDateTime.now(CLOCK);
    }

    public static int year() {
        return today().getYear();
    }

    /**
     * The statement with the database's own clock ({@code now()}, {@code current_date}) replaced by test time, for
     * fixtures that write rows in SQL: the data must follow the same clock as the server.
     */
    public static String sql(String statement) {
        return statement
                .replace("now()", "timestamptz '" + now() + "'")
                .replace("current_date", "date '" + today() + "'");
    }

    /** A native query whose SQL reads test time where it says {@code now()} or {@code current_date} ({@link #sql}). */
    public static Query nativeQuery(EntityManager em, String statement) {
        return em.createNativeQuery(sql(statement));
    }

    private static Clock build() {
        Instant start = instant("GREENHUB_TEST_CLOCK", DEFAULT_START);
        // The anchor is a real instant, not a date the tests read: the moment at which test time equals start. Maven
        // passes the build's start; a test run from an IDE anchors at its own start. Either way test time begins at
        // start.
        Instant anchor = instant("GREENHUB_TEST_CLOCK_ANCHOR", Instant.now());
        // Test time = start + real time elapsed since the anchor.
        return Clock.offset(Clock.systemUTC(), Duration.between(anchor, start)).withZone(ZoneOffset.UTC);
    }

    private static Instant instant(String variable, Instant fallback) {
        String value = System.getProperty(variable, System.getenv(variable));
        return value == null || value.isBlank() ? fallback : Instant.parse(value.trim());
    }
}
