package org.greenhub.alliance.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.i18n.LocalisedName;

/** An alliance activity members register for: capital-matching meeting, technology-transfer session, forum ... */
@Entity
@Table(name = "alliance_event")
public class AllianceEvent extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    // members read an event's title, place and description in their language (V642 added the translations)
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title", nullable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "title_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "title_vi"))
    private LocalisedName title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "location"))
    @AttributeOverride(name = "zh", column = @Column(name = "location_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "location_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "location_vi"))
    private LocalisedName location;

    @Column(nullable = false)
    private int capacity;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "description"))
    @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "description_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "description_vi"))
    private LocalisedName description;

    protected AllianceEvent() {}

    public AllianceEvent(Alliance alliance, Details details, Instant now) {
        this.alliance = alliance;
        setCreatedAt(now);
        describe(details);
    }

    public void describe(Details details) {
        if (details.kind() == null) {
            throw DomainException.invalid("kind", "platform.validation.required");
        }
        if (details.startsAt() == null) {
            throw DomainException.invalid("startsAt", "platform.validation.required");
        }
        if (details.capacity() < 1 || details.capacity() > 100000) {
            throw DomainException.invalid("capacity", "alliance.event.capacityRange", 1, 100000);
        }
        this.kind = details.kind();
        LocalisedName newTitle = input(details.title()).name("title", 300);
        LocalisedName newLocation = input(details.location()).optionalName("location", 300);
        LocalisedName newDescription = input(details.description()).optionalProse("description", 4000);
        this.title = newTitle;
        this.startsAt = details.startsAt();
        this.location = newLocation;
        this.capacity = details.capacity();
        this.description = newDescription;
    }

    private static LocalisedInput input(LocalisedInput given) {
        return given == null ? new LocalisedInput() : given;
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public EventKind getKind() {
        return kind;
    }
    /** The English title (audit); readers get {@link #getTitles()}. */
    public String getTitle() {
        return title.english();
    }

    public LocalisedName getTitles() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public LocalisedName getLocation() {
        return location;
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalisedName getDescription() {
        return description;
    }

    public record Details(
            EventKind kind,
            LocalisedInput title,
            Instant startsAt,
            LocalisedInput location,
            int capacity,
            LocalisedInput description)
            implements java.io.Serializable {
        /** Details written in English only. */
        public Details(
                EventKind kind, String title, Instant startsAt, String location, int capacity, String description) {
            this(
                    kind,
                    LocalisedInput.english(title),
                    startsAt,
                    LocalisedInput.english(location),
                    capacity,
                    LocalisedInput.english(description));
        }
    }
}
