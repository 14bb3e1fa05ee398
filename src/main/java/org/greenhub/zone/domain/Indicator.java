package org.greenhub.zone.domain;

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
import java.math.BigDecimal;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.i18n.LocalisedName;

/**
 * An indicator's definition: code, names in the four languages, unit, direction and where its figure comes from, and
 * the set's own target where the set names one (a bound, or a range such as the Vietnamese shares' 40–45 %).
 */
@Entity
@Table(name = "zone_indicator")
public class Indicator extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Eager: every page that shows an indicator names its set, and there are two sets. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "set_id")
    private IndicatorSet set;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "name_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "name_vi"))
    private LocalisedName name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorSource source;

    @Column(name = "reference_low")
    private BigDecimal referenceLow;

    @Column(name = "reference_high")
    private BigDecimal referenceHigh;

    protected Indicator() {}

    public Indicator(
            IndicatorSet set,
            String code,
            int position,
            LocalisedName name,
            IndicatorUnit unit,
            IndicatorDirection direction,
            IndicatorSource source) {
        this.set = set;
        this.code = code;
        this.position = position;
        this.name = name;
        this.unit = unit;
        this.direction = direction;
        this.source = source;
    }

    public IndicatorSet getSet() {
        return set;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public LocalisedName getName() {
        return name;
    }

    public IndicatorUnit getUnit() {
        return unit;
    }

    public IndicatorDirection getDirection() {
        return direction;
    }

    public IndicatorSource getSource() {
        return source;
    }

    public BigDecimal getReferenceLow() {
        return referenceLow;
    }

    public BigDecimal getReferenceHigh() {
        return referenceHigh;
    }
}
