package org.greenhub.alliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

import java.time.Instant;

/** An alliance activity members register for: capital-matching meeting, technology-transfer session, forum ... */
@Entity
@Table(name = "alliance_event")
public class AllianceEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    private String location;

    @Column(nullable = false)
    private int capacity;

    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AllianceEvent() {
    }

    public AllianceEvent(Alliance alliance, Details details, Instant now) {
        this.alliance = alliance;
        this.createdAt = now;
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
        this.title = TextRules.name("title", details.title(), 300);
        this.startsAt = details.startsAt();
        this.location = TextRules.optionalName("location", details.location(), 300);
        this.capacity = details.capacity();
        this.description = TextRules.optionalName("description", details.description(), 4000);
    }

    public Long getId() { return id; }
    public Alliance getAlliance() { return alliance; }
    public EventKind getKind() { return kind; }
    public String getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public String getLocation() { return location; }
    public int getCapacity() { return capacity; }
    public String getDescription() { return description; }

    public record Details(EventKind kind, String title, Instant startsAt, String location, int capacity, String description)
            implements java.io.Serializable {
    }
}
