package org.greenhub.zone.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;
import org.greenhub.zone.domain.accounting.Factor;

/**
 * One carrier's row of a factor table: tce per unit and t CO2 per unit of the carrier as it is declared, each with the
 * published source it was taken from. Both values are above 0: a carrier that converts to nothing is a typing error.
 */
@Embeddable
public class CarrierFactor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most decimals the column keeps (numeric(24, 12)); more would be rounded away silently. */
    public static final int MAX_DECIMALS = 12;
    /** Far above any real coefficient (diesel is 1.4571 tce/t), and within the column's 12 integer digits. */
    private static final BigDecimal MAX_VALUE = new BigDecimal("1000000");
    /** The longest source the column keeps. */
    public static final int MAX_SOURCE = 300;

    @Column(name = "tce_per_unit", nullable = false)
    private BigDecimal tcePerUnit;

    @Column(name = "tce_source", nullable = false)
    private String tceSource;

    @Column(name = "co2_per_unit", nullable = false)
    private BigDecimal co2PerUnit;

    @Column(name = "co2_source", nullable = false)
    private String co2Source;

    protected CarrierFactor() {}

    /** The four values as an administrator typed them, not yet checked. */
    public record Typed(BigDecimal tcePerUnit, String tceSource, BigDecimal co2PerUnit, String co2Source)
            implements Serializable {}

    /** The typed values, checked. */
    public static CarrierFactor of(Typed typed) {
        return new CarrierFactor(typed.tcePerUnit(), typed.tceSource(), typed.co2PerUnit(), typed.co2Source());
    }

    /** The values as typed, checked: each above 0 with at most 12 decimals, each source given. */
    public CarrierFactor(BigDecimal tcePerUnit, String tceSource, BigDecimal co2PerUnit, String co2Source) {
        this.tcePerUnit = value("tcePerUnit", tcePerUnit);
        this.tceSource = source("tceSource", tceSource);
        this.co2PerUnit = value("co2PerUnit", co2PerUnit);
        this.co2Source = source("co2Source", co2Source);
    }

    private static BigDecimal value(String field, BigDecimal value) {
        if (value == null) {
            throw DomainException.invalid(field, "platform.validation.required");
        }
        if (value.signum() <= 0) {
            throw DomainException.invalid(field, "zone.factors.validation.notPositive");
        }
        if (value.compareTo(MAX_VALUE) > 0) {
            throw DomainException.invalid(field, "zone.factors.validation.tooLarge", MAX_VALUE.toPlainString());
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > MAX_DECIMALS) {
            throw DomainException.invalid(field, "zone.factors.validation.decimals", MAX_DECIMALS);
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static String source(String field, String source) {
        return TextRules.name(field, source, MAX_SOURCE);
    }

    /** What the carbon accounting multiplies by. */
    public Factor factor() {
        return new Factor(tcePerUnit, co2PerUnit);
    }

    public BigDecimal getTcePerUnit() {
        return tcePerUnit;
    }

    public String getTceSource() {
        return tceSource;
    }

    public BigDecimal getCo2PerUnit() {
        return co2PerUnit;
    }

    public String getCo2Source() {
        return co2Source;
    }

    /** How the audit trail shows one value: the number as stored and its source. */
    String tceText() {
        return tcePerUnit.toPlainString() + " (" + tceSource + ")";
    }

    String co2Text() {
        return co2PerUnit.toPlainString() + " (" + co2Source + ")";
    }
}
