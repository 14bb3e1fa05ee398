package org.greenhub.zone.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenhub.platform.error.DomainException;

/**
 * A zone's own value of an indicator it enters itself (PM2.5 days, forest cover, the "ten, hundred, thousand"
 * counts) for one year, with the note that says where the figure comes from and the evidence file behind it. A
 * correction changes the value, the note and, when a new file comes with it, the evidence.
 */
@Entity
@Table(name = "zone_indicator_value")
public class EnteredValue extends org.greenhub.platform.domain.VersionedEntity {

    private static final long serialVersionUID = 1L;

    /** The most decimals the column keeps (numeric(18, 6)). */
    private static final int MAX_DECIMALS = 6;
    /** The column's length. */
    public static final int MAX_NOTE = 2000;

    @Column(name = "zone_id", nullable = false)
    private long zoneId;

    /** Eager: a value is always shown with its indicator's name and unit. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private BigDecimal value;

    @Column(nullable = false)
    private String note;

    @Column(name = "evidence_file_id", nullable = false)
    private long evidenceFileId;

    @Column(name = "entered_by")
    private Long enteredBy;

    protected EnteredValue() {}

    /** A first value: only an indicator the zone enters, within its unit, with a note and an evidence file. */
    public EnteredValue(
            long zoneId,
            Indicator indicator,
            int year,
            BigDecimal value,
            String note,
            Long evidenceFileId,
            Long enteredBy,
            Instant now) {
        if (indicator.getSource() != IndicatorSource.ENTERED_BY_ZONE) {
            throw DomainException.invalid("indicator", "zone.values.validation.notEntered");
        }
        if (evidenceFileId == null) {
            throw DomainException.invalid("evidence", "zone.values.validation.evidence");
        }
        this.zoneId = zoneId;
        this.indicator = indicator;
        this.year = FactorTable.year(year);
        setCreatedAt(now);
        change(value, note, evidenceFileId, enteredBy);
    }

    /** A correction; without a new file the evidence stays the one already stored. */
    public void change(BigDecimal value, String note, Long evidenceFileId, Long enteredBy) {
        BigDecimal checked = checked(value, indicator.getUnit());
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("note", "zone.values.validation.note");
        }
        if (text.length() > MAX_NOTE) {
            throw DomainException.invalid("note", "zone.values.validation.noteLength", MAX_NOTE);
        }
        this.value = checked;
        this.note = text;
        if (evidenceFileId != null) {
            this.evidenceFileId = evidenceFileId;
        }
        this.enteredBy = enteredBy;
    }

    static BigDecimal checked(BigDecimal value, IndicatorUnit unit) {
        if (value == null) {
            throw DomainException.invalid("value", "zone.values.validation.value");
        }
        if (value.compareTo(unit.min()) < 0 || value.compareTo(unit.max()) > 0) {
            throw DomainException.invalid(
                    "value",
                    "zone.targets.validation.outOfRange",
                    unit.min().toPlainString(),
                    unit.max().toPlainString());
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (unit.whole() && plain.scale() > 0) {
            throw DomainException.invalid("value", "zone.targets.validation.whole");
        }
        if (plain.scale() > MAX_DECIMALS) {
            throw DomainException.invalid("value", "zone.targets.validation.decimals", MAX_DECIMALS);
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /** The audited state. */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("indicator", indicator.getCode());
        state.put("year", year);
        state.put("value", value.toPlainString());
        state.put("note", note);
        state.put("evidenceFileId", evidenceFileId);
        return state;
    }

    public long getZoneId() {
        return zoneId;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }

    public long getEvidenceFileId() {
        return evidenceFileId;
    }
}
