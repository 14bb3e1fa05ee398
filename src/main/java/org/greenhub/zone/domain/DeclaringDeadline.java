package org.greenhub.zone.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;

/**
 * The date by which a zone's enterprises declare a year: due at the end of that day in the deadline's time zone.
 * Enterprises that have not declared are reminded a number of days before it (14 and 3 unless the zone says
 * otherwise); after it they are on the zone's overdue list.
 */
@Entity
@Table(name = "zone_declaring_deadline")
public class DeclaringDeadline extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    /** The reminders a zone gets unless it sets its own: two weeks ahead, and a last call three days ahead. */
    public static final String DEFAULT_REMINDER_DAYS = "14,3";
    /** The time zone the form proposes: GreenHub's zones are Chinese national high-tech zones first. */
    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";
    /** A reminder further ahead than two months is not a reminder; three are plenty. */
    static final int MAX_REMINDER_DAYS = 60;

    static final int MAX_REMINDERS = 3;

    @Column(name = "zone_id", nullable = false)
    private long zoneId;

    @Column(nullable = false)
    private int year;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "reminder_days", nullable = false)
    private String reminderDays;

    protected DeclaringDeadline() {}

    /** What a zone administrator types: the due date, its time zone and the reminder days ("14, 3"). */
    public record Typed(LocalDate dueOn, String timeZone, String reminderDays) implements Serializable {}

    public DeclaringDeadline(long zoneId, int year, Typed typed, Instant now) {
        this.zoneId = zoneId;
        this.year = FactorTable.year(year);
        setCreatedAt(now);
        change(typed);
    }

    /**
     * Takes a new due date, time zone and reminder days. The date falls in the declared year or the two after it
     * (a year is declared once it has ended, so usually in the next); the time zone is a region GreenHub knows.
     */
    public void change(Typed typed) {
        if (typed.dueOn() == null) {
            throw DomainException.invalid("dueOn", "platform.validation.required");
        }
        if (typed.dueOn().getYear() < year || typed.dueOn().getYear() > year + 2) {
            throw DomainException.invalid(
                    "dueOn", "zoneimport.deadline.dueOnYear", String.valueOf(year), String.valueOf(year + 2));
        }
        this.timeZone = timeZone(typed.timeZone());
        this.reminderDays = reminderDays(typed.reminderDays());
        this.dueOn = typed.dueOn();
    }

    static String timeZone(String typed) {
        if (typed == null || typed.isBlank()) {
            throw DomainException.invalid("timeZone", "platform.validation.required");
        }
        try {
            // region ids only ("Asia/Bangkok"): an offset would not follow a region's daylight saving
            if (!ZoneId.getAvailableZoneIds().contains(typed.strip())) {
                throw new DateTimeException(typed);
            }
            return ZoneId.of(typed.strip()).getId();
        } catch (DateTimeException unknown) {
            throw DomainException.invalid("timeZone", "zoneimport.deadline.timeZone");
        }
    }

    /** "14, 3" as stored ("14,3"): whole days from 1 to 60, at most three, largest first; empty: no reminders. */
    static String reminderDays(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        List<Integer> days = new ArrayList<>();
        for (String part : typed.split("[,;，、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            int day;
            try {
                day = Integer.parseInt(part.strip());
            } catch (NumberFormatException notANumber) {
                throw DomainException.invalid(
                        "reminderDays", "zoneimport.deadline.reminderDays", String.valueOf(MAX_REMINDER_DAYS));
            }
            if (day < 1 || day > MAX_REMINDER_DAYS) {
                throw DomainException.invalid(
                        "reminderDays", "zoneimport.deadline.reminderDays", String.valueOf(MAX_REMINDER_DAYS));
            }
            if (!days.contains(day)) {
                days.add(day);
            }
        }
        if (days.size() > MAX_REMINDERS) {
            throw DomainException.invalid(
                    "reminderDays", "zoneimport.deadline.tooManyReminders", String.valueOf(MAX_REMINDERS));
        }
        days.sort(Comparator.reverseOrder());
        return String.join(",", days.stream().map(String::valueOf).toList());
    }

    /** The moment the declarations are due: the end of the due day in the deadline's time zone. */
    public Instant dueAt() {
        return dueOn.plusDays(1).atStartOfDay(ZoneId.of(timeZone)).toInstant();
    }

    public boolean passed(Instant now) {
        return !now.isBefore(dueAt());
    }

    /** The reminder days, largest first. */
    public List<Integer> reminderDayList() {
        if (reminderDays.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(reminderDays.split(",")).map(Integer::valueOf).toList();
    }

    /**
     * The reminder due now, if any: the nearest reminder day that has been reached (in the deadline's time zone)
     * while the deadline has not passed. Only the nearest: an enterprise whose 14-day reminder was never sent (the
     * deadline was set 5 days ahead) gets one mail, not two at once.
     */
    public Optional<Integer> reminderDue(Instant now) {
        if (passed(now)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(timeZone));
        return reminderDayList().stream()
                .filter(days -> !today.isBefore(dueOn.minusDays(days)))
                .min(Comparator.naturalOrder());
    }

    /** The audited state. */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("zone", zoneId);
        state.put("year", year);
        state.put("dueOn", dueOn.toString());
        state.put("timeZone", timeZone);
        state.put("reminderDays", reminderDays);
        return state;
    }

    public long getZoneId() {
        return zoneId;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getReminderDays() {
        return reminderDays;
    }
}
