package org.greenhub.reserve.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.greenhub.platform.domain.CreatedEntity;

/**
 * An invitation to declare through a call, from the programme that knows the organisation (a competition's award
 * winner, an incubator's resident): the data carried over is copied when the invitation is made, so the form it fills does not depend on the
 * programme later. Carried figures are those whose unit is the reserve's (CO2 t, water m³, waste t a year); the
 * owner completes the rest.
 */
@Entity
@Table(name = "reserve_nomination")
public class ReserveNomination extends CreatedEntity {

    private static final long serialVersionUID = 1L;

    /** The programme a nomination comes from. */
    public enum Source {
        /** A competition's award winner; the reference is the winning entry. */
        COMPETITION,
        /** An incubator's resident; the reference is the residency. */
        INCUBATION
    }

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;

    @Column(name = "source_ref", nullable = false)
    private long sourceRef;

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(length = 60)
    private GreenCategory category;

    @Column(name = "co2_avoided_t", precision = 18, scale = 6)
    private BigDecimal co2AvoidedT;

    @Column(name = "water_saved_m3", precision = 18, scale = 6)
    private BigDecimal waterSavedM3;

    @Column(name = "waste_recycled_t", precision = 18, scale = 6)
    private BigDecimal wasteRecycledT;

    protected ReserveNomination() {}

    /** What the programme carries over: a title (required), and a summary, category and figures when it has them. */
    public record Carried(String title, String summary, GreenCategory category, Benefits expected) {}

    public ReserveNomination(
            long callId,
            long organisationId,
            Source source,
            long sourceRef,
            long invitedBy,
            Carried carried,
            Instant now) {
        this.callId = callId;
        this.organisationId = organisationId;
        this.source = source;
        this.sourceRef = sourceRef;
        this.invitedBy = invitedBy;
        String shortTitle = carried.title() == null || carried.title().isBlank()
                ? "–"
                : carried.title().strip();
        this.title = shortTitle.length() > 200 ? shortTitle.substring(0, 200) : shortTitle;
        this.summary = carried.summary() == null || carried.summary().length() <= 4000
                ? carried.summary()
                : carried.summary().substring(0, 4000);
        this.category = carried.category();
        Benefits expected = carried.expected() == null ? Benefits.NONE : carried.expected();
        this.co2AvoidedT = expected.co2AvoidedT();
        this.waterSavedM3 = expected.waterSavedM3();
        this.wasteRecycledT = expected.wasteRecycledT();
        setCreatedAt(now);
    }

    public Carried carried() {
        return new Carried(title, summary, category, new Benefits(null, co2AvoidedT, waterSavedM3, wasteRecycledT));
    }

    public long getCallId() {
        return callId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Source getSource() {
        return source;
    }

    public long getSourceRef() {
        return sourceRef;
    }
}
