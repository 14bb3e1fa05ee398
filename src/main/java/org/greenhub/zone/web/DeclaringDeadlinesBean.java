package org.greenhub.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.DeadlineText;
import org.greenhub.zone.application.DeclaringDeadlines;
import org.greenhub.zone.application.ZoneAccess;
import org.greenhub.zone.domain.DeclaringDeadline;

/**
 * A zone's declaring deadlines, one per year, set by its administrators (or administrators); another zone answers
 * 404, the page and its action alike. The form starts at the year that has just ended, due on 31 March of this one.
 */
@Named("declaringDeadlines")
@ViewScoped
public class DeclaringDeadlinesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The zones GreenHub's regions use: China, Thailand, Viet Nam (the three offered in the form). */
    static final List<String> TIME_ZONES = List.of("Asia/Shanghai", "Asia/Bangkok", "Asia/Ho_Chi_Minh");

    @Inject
    DeclaringDeadlines deadlines;

    @Inject
    ZoneAccess access;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    Clock clock;

    /** A time zone for the menu, named in the reader's language. */
    public record TimeZoneChoice(String id, String label) implements Serializable {}

    private Long zoneId;
    private ZoneRow zone;
    private List<DeclaringDeadlines.Deadline> rows = List.of();
    private Integer year;
    private LocalDate dueOn;
    private String timeZone = DeclaringDeadline.DEFAULT_TIME_ZONE;
    private String reminderDays = DeclaringDeadline.DEFAULT_REMINDER_DAYS.replace(",", ", ");

    public void load() {
        try {
            if (zoneId == null) {
                throw DomainException.notFound();
            }
            zone = ZoneRow.of(access.view(zoneId), localeSelector.getLocale());
            rows = deadlines.of(zoneId);
            if (year == null) {
                // enterprises declare the year that has just ended, usually by the end of the first quarter
                year = LocalDate.now(clock).getYear() - 1;
                dueOn = LocalDate.of(year + 1, 3, 31);
            }
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    public void save() {
        try {
            if (year == null) {
                throw DomainException.invalid("year", "platform.validation.required");
            }
            DeclaringDeadlines.Deadline saved =
                    deadlines.set(zoneId, year, new DeclaringDeadline.Typed(dueOn, timeZone, reminderDays));
            rows = deadlines.of(zoneId);
            messages.info("zoneimport.deadlines.saved", String.valueOf(saved.year()));
        } catch (DomainException refusal) {
            messages.error("deadlineForm", refusal);
        }
    }

    /** Loads a listed deadline into the form, to change it. */
    public void edit(DeclaringDeadlines.Deadline row) {
        year = row.year();
        dueOn = row.dueOn();
        timeZone = row.timeZone();
        reminderDays = String.join(
                ", ", row.reminderDays().stream().map(String::valueOf).toList());
    }

    /** The reminder days as the reader writes them ("14, 3 days before"), or "none". */
    public String reminders(DeclaringDeadlines.Deadline row) {
        if (row.reminderDays().isEmpty()) {
            return messages.text("zoneimport.deadlines.noReminders");
        }
        return messages.text(
                "zoneimport.deadlines.daysBefore",
                String.join(
                        ", ", row.reminderDays().stream().map(String::valueOf).toList()));
    }

    public List<TimeZoneChoice> getTimeZones() {
        Locale locale = localeSelector.getLocale();
        LocalDate on = dueOn == null ? LocalDate.now(clock) : dueOn;
        return TIME_ZONES.stream()
                .map(id -> new TimeZoneChoice(id, DeadlineText.zoneName(id, on, locale)))
                .toList();
    }

    /** The years one may set: the current one and the five before it, newest first (as the declare page offers). */
    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return java.util.stream.IntStream.rangeClosed(0, 5)
                .mapToObj(i -> now - i)
                .toList();
    }

    public Long getZoneId() {
        return zoneId;
    }

    public void setZoneId(Long zoneId) {
        this.zoneId = zoneId;
    }

    public ZoneRow getZone() {
        return zone;
    }

    public List<DeclaringDeadlines.Deadline> getRows() {
        return rows;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(String reminderDays) {
        this.reminderDays = reminderDays;
    }
}
