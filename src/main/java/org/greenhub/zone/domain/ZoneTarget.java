package org.greenhub.zone.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;

/**
 * A zone's target for one indicator and year: a single value, or a range (low to high) as the Vietnamese programme
 * sets its shares. The values are within what the indicator's unit allows (a share 0 to 100 %).
 */
@Entity
@Table(name = "zone_target")
public class ZoneTarget extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    /** The most decimals the columns keep (numeric(18, 6)). */
    private static final int MAX_DECIMALS = 6;

    @Column(name = "zone_id", nullable = false)
    private long zoneId;

    /** Eager: a target is always shown with its indicator's name and unit. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(nullable = false)
    private int year;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Column(name = "range_low")
    private BigDecimal rangeLow;

    @Column(name = "range_high")
    private BigDecimal rangeHigh;

    protected ZoneTarget() {}

    /** What a zone administrator types: a value, or both ends of a range. */
    public record Typed(BigDecimal value, BigDecimal low, BigDecimal high) implements Serializable {}

    public ZoneTarget(long zoneId, Indicator indicator, int year, Typed typed, Instant now) {
        this.zoneId = zoneId;
        this.indicator = indicator;
        this.year = FactorTable.year(year);
        setCreatedAt(now);
        change(typed);
    }

    /** Checks and takes a value or a range; refuses both, neither, half a range, or a range the wrong way round. */
    public void change(Typed typed) {
        IndicatorUnit unit = indicator.getUnit();
        boolean range = typed.low() != null || typed.high() != null;
        if (typed.value() != null && range) {
            throw DomainException.invalid("value", "zone.targets.validation.valueOrRange");
        }
        if (typed.value() == null && !range) {
            throw DomainException.invalid("value", "zone.targets.validation.required");
        }
        if (!range) {
            this.targetValue = checked("value", typed.value(), unit);
            this.rangeLow = null;
            this.rangeHigh = null;
            return;
        }
        if (typed.low() == null) {
            throw DomainException.invalid("low", "zone.targets.validation.bothEnds");
        }
        if (typed.high() == null) {
            throw DomainException.invalid("high", "zone.targets.validation.bothEnds");
        }
        BigDecimal low = checked("low", typed.low(), unit);
        BigDecimal high = checked("high", typed.high(), unit);
        if (low.compareTo(high) > 0) {
            throw DomainException.invalid("high", "zone.targets.validation.rangeOrder");
        }
        this.targetValue = null;
        this.rangeLow = low;
        this.rangeHigh = high;
    }

    private static BigDecimal checked(String field, BigDecimal value, IndicatorUnit unit) {
        if (value.compareTo(unit.min()) < 0 || value.compareTo(unit.max()) > 0) {
            throw DomainException.invalid(
                    field,
                    "zone.targets.validation.outOfRange",
                    unit.min().toPlainString(),
                    unit.max().toPlainString());
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (unit.whole() && plain.scale() > 0) {
            throw DomainException.invalid(field, "zone.targets.validation.whole");
        }
        if (plain.scale() > MAX_DECIMALS) {
            throw DomainException.invalid(field, "zone.targets.validation.decimals", MAX_DECIMALS);
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /** The audited state: which indicator and year, and the value or range. */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        // the indicator's names, as the zone's are audited (its code would be shown as a code)
        state.put(
                "indicator",
                String.join(
                        " | ",
                        java.util.Arrays.stream(indicator.getName().all())
                                .map(n -> n == null ? "" : n)
                                .toList()));
        state.put("year", year);
        state.put("targetValue", targetValue == null ? null : targetValue.toPlainString());
        state.put("rangeLow", rangeLow == null ? null : rangeLow.toPlainString());
        state.put("rangeHigh", rangeHigh == null ? null : rangeHigh.toPlainString());
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

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public BigDecimal getRangeLow() {
        return rangeLow;
    }

    public BigDecimal getRangeHigh() {
        return rangeHigh;
    }
}
