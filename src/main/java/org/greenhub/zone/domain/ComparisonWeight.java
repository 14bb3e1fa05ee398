package org.greenhub.zone.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;

/** An indicator's weight in the national comparison's index: 0 (left out) to 100, two decimals. */
@Entity
@Table(name = "zone_comparison_weight")
public class ComparisonWeight extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Eager: a weight is always shown with its indicator's name. */
    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(nullable = false)
    private BigDecimal weight;

    @Version
    private long version;

    protected ComparisonWeight() {}

    public void change(BigDecimal weight) {
        if (weight == null) {
            throw DomainException.invalid("weight", "platform.validation.required");
        }
        if (weight.signum() < 0
                || weight.compareTo(new BigDecimal(100)) > 0
                || weight.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("weight", "zone.comparison.validation.weight");
        }
        this.weight = weight;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public BigDecimal getWeight() {
        return weight;
    }
}
