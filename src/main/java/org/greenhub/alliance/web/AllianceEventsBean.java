package org.greenhub.alliance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.greenhub.alliance.application.EventService;
import org.greenhub.alliance.domain.AllianceEvent.Details;
import org.greenhub.alliance.domain.EventKind;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocalisedInput;

/** The events tab: creating an event, its registrations and who attended. */
@Named("allianceEvents")
@ViewScoped
public class AllianceEventsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllianceManageBean manage;

    @Inject
    EventService events;

    @Inject
    FacesMessages messages;

    private List<EventService.EventRow> eventRows;
    private Long selectedEvent;
    private List<EventService.RegistrationRow> registrations = List.of();
    private EventKind eventKind = EventKind.CAPITAL_MATCHING;
    private LocalisedInput eventTitle = new LocalisedInput();
    private LocalDateTime eventStartsAt;
    private LocalisedInput eventLocation = new LocalisedInput();
    private Integer eventCapacity = 50;
    private LocalisedInput eventDescription = new LocalisedInput();

    @PostConstruct
    void init() {
        eventRows = events.allEvents(manage.getAllianceId());
    }

    public void createEvent() {
        try {
            events.create(
                    manage.getAllianceId(),
                    new Details(
                            eventKind,
                            eventTitle,
                            eventStartsAt == null ? null : eventStartsAt.toInstant(ZoneOffset.UTC),
                            eventLocation,
                            eventCapacity == null ? 0 : eventCapacity,
                            eventDescription));
            eventRows = events.allEvents(manage.getAllianceId());
            eventTitle = new LocalisedInput();
            eventLocation = new LocalisedInput();
            eventDescription = new LocalisedInput();
            messages.info("alliance.manage.event.created");
        } catch (DomainException refusal) {
            messages.error("eventForm", refusal);
        }
    }

    public void showRegistrations(long eventId) {
        selectedEvent = eventId;
        registrations = events.registrations(eventId);
    }

    public void toggleAttendance(long registrationId, boolean attended) {
        try {
            events.markAttendance(registrationId, attended);
            registrations = events.registrations(selectedEvent);
        } catch (DomainException refusal) {
            messages.error((String) null, refusal.messageKey(), refusal.args());
        }
    }

    public List<EventKind> getEventKinds() {
        return List.of(EventKind.values());
    }

    public List<EventService.EventRow> getEventRows() {
        return eventRows;
    }

    public Long getSelectedEvent() {
        return selectedEvent;
    }

    public List<EventService.RegistrationRow> getRegistrations() {
        return registrations;
    }

    public EventKind getEventKind() {
        return eventKind;
    }

    public void setEventKind(EventKind eventKind) {
        this.eventKind = eventKind;
    }

    public LocalisedInput getEventTitle() {
        return eventTitle;
    }

    public LocalDateTime getEventStartsAt() {
        return eventStartsAt;
    }

    public void setEventStartsAt(LocalDateTime eventStartsAt) {
        this.eventStartsAt = eventStartsAt;
    }

    public LocalisedInput getEventLocation() {
        return eventLocation;
    }

    public Integer getEventCapacity() {
        return eventCapacity;
    }

    public void setEventCapacity(Integer eventCapacity) {
        this.eventCapacity = eventCapacity;
    }

    public LocalisedInput getEventDescription() {
        return eventDescription;
    }
}
