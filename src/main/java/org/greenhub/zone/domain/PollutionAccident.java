package org.greenhub.zone.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * A major pollution accident recorded for a zone by an administrator: when it happened, what happened and where that
 * is published. It moves the zone down one grade in the national comparison of its year.
 */
@Entity
@Table(name = "zone_pollution_accident")
public class PollutionAccident extends org.greenhub.platform.domain.CreatedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "zone_id", nullable = false)
    private long zoneId;

    @Column(nullable = false)
    private int year;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String source;

    @Column(name = "recorded_by")
    private Long recordedBy;

    protected PollutionAccident() {}

    /** The year is the day's; a day in the future, no description or no source is refused. */
    public PollutionAccident(
            long zoneId,
            LocalDate occurredOn,
            String description,
            String source,
            Long recordedBy,
            LocalDate today,
            Instant now) {
        if (occurredOn == null) {
            throw DomainException.invalid("occurredOn", "platform.validation.required");
        }
        if (occurredOn.isAfter(today)) {
            throw DomainException.invalid("occurredOn", "zone.comparison.validation.future");
        }
        this.zoneId = zoneId;
        this.occurredOn = occurredOn;
        this.year = FactorTable.year("occurredOn", occurredOn.getYear());
        this.description = TextRules.prose("description", description, 2000);
        this.source = TextRules.name("source", source, 500);
        this.recordedBy = recordedBy;
        setCreatedAt(now);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("occurredOn", occurredOn.toString());
        state.put("description", description);
        state.put("source", source);
        return state;
    }

    public long getZoneId() {
        return zoneId;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getDescription() {
        return description;
    }

    public String getSource() {
        return source;
    }
}
