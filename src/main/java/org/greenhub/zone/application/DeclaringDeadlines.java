package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.zone.domain.DeclaringDeadline;
import org.greenhub.zone.domain.DeclaringDeadlineRepository;
import org.greenhub.zone.domain.Zone;

/**
 * Each zone's declaring deadline per year, set by the zone's administrators (or administrators; another zone is
 * "not found", audited with before and after), and shown to the zone's enterprises on the declare page.
 */
@ApplicationScoped
public class DeclaringDeadlines {

    @Inject
    DeclaringDeadlineRepository deadlines;

    @Inject
    ZoneAccess access;

    @Inject
    Declarations declarations;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    /** A deadline as its pages show it: the date and time zone as set, and in the reader's words. */
    public record Deadline(
            int year, LocalDate dueOn, String timeZone, List<Integer> reminderDays, boolean passed, String text)
            implements Serializable {}

    /** One zone's deadline for a year, for the enterprises that declare to it. */
    public record Due(String zone, int year, String text, boolean passed) implements Serializable {

        /** The year as text: a number argument would be written with a thousands separator. */
        public String yearText() {
            return String.valueOf(year);
        }
    }

    /** A zone's deadlines, newest year first (404 for a zone the caller does not administer). */
    @Transactional
    public List<Deadline> of(long zoneId) {
        Zone zone = access.zone(zoneId);
        Locale locale = currentUser.require().getLanguage().locale();
        Instant now = Instant.now(clock);
        return deadlines.ofZone(zone.getId()).stream()
                .map(d -> view(d, now, locale))
                .toList();
    }

    /** Sets or changes a zone's deadline for a year. */
    @Transactional
    public Deadline set(long zoneId, int year, DeclaringDeadline.Typed typed) {
        Zone zone = access.zone(zoneId);
        Instant now = Instant.now(clock);
        DeclaringDeadline deadline = deadlines.find(zone.getId(), year).orElse(null);
        if (deadline == null) {
            deadline = new DeclaringDeadline(zone.getId(), year, typed, now);
            deadlines.add(deadline);
            audit.record(
                    "ZONE_DEADLINE_SET",
                    "DeclaringDeadline",
                    deadline.getId(),
                    null,
                    deadline.snapshot(),
                    zone.getCode());
        } else {
            Map<String, Object> before = deadline.snapshot();
            deadline.change(typed);
            deadlines.flush();
            audit.record(
                    "ZONE_DEADLINE_CHANGED",
                    "DeclaringDeadline",
                    deadline.getId(),
                    before,
                    deadline.snapshot(),
                    zone.getCode());
        }
        return view(deadline, now, currentUser.require().getLanguage().locale());
    }

    /** The deadlines for a year of the zones the caller's organisations declare to, in the caller's language. */
    @Transactional
    public List<Due> forMyZones(int year) {
        Locale locale = currentUser.require().getLanguage().locale();
        Instant now = Instant.now(clock);
        List<Due> due = new ArrayList<>();
        declarations.declarants().stream()
                .map(d -> Map.entry(d.zoneId(), d.zone()))
                .distinct()
                .forEach(zone -> deadlines
                        .find(zone.getKey(), year)
                        .ifPresent(d -> due.add(new Due(
                                zone.getValue(),
                                year,
                                DeadlineText.of(messages, d.getDueOn(), d.getTimeZone(), locale),
                                d.passed(now)))));
        return due;
    }

    private Deadline view(DeclaringDeadline d, Instant now, Locale locale) {
        return new Deadline(
                d.getYear(),
                d.getDueOn(),
                d.getTimeZone(),
                d.reminderDayList(),
                d.passed(now),
                DeadlineText.of(messages, d.getDueOn(), d.getTimeZone(), locale));
    }
}
