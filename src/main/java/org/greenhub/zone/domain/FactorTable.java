package org.greenhub.zone.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.zone.domain.accounting.Carrier;
import org.greenhub.zone.domain.accounting.Factor;
import org.greenhub.zone.domain.accounting.TableFactors;

/**
 * A year's factor table: for every carrier that has factors, tce and t CO2 per unit, each with its source. Always
 * complete (a table is made by copying a complete one), so the accounting never meets a carrier without a factor. Its
 * {@code revision} starts at 1 and grows by one on each change: results cite year and revision.
 */
@Entity
@Table(name = "zone_factor_table")
public class FactorTable extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    /** The years a table may be kept for: those the accounting accepts. */
    public static final int FIRST_YEAR = 1900;

    public static final int LAST_YEAR = 2100;

    /** The carriers a table holds, in the order pages and the audit trail list them. */
    public static final List<Carrier> CARRIERS =
            List.of(Carrier.values()).stream().filter(Carrier::hasFactor).toList();

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int revision;

    /** Eager: the table is read whole, always, and it is six rows. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "zone_factor", joinColumns = @JoinColumn(name = "table_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "carrier")
    private Map<Carrier, CarrierFactor> factors = new EnumMap<>(Carrier.class);

    protected FactorTable() {}

    private FactorTable(int year, Map<Carrier, CarrierFactor> factors, Instant now) {
        this.year = year(year);
        this.revision = 1;
        this.factors.putAll(factors);
        setCreatedAt(now);
    }

    /** The year as typed, refused outside the years the accounting accepts. */
    public static int year(Integer year) {
        return year("year", year);
    }

    /** As {@link #year(Integer)}, the refusal naming the form's field. */
    public static int year(String field, Integer year) {
        if (year == null) {
            throw DomainException.invalid(field, "platform.validation.required");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalid(
                    field, "zone.factors.validation.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        return year;
    }

    /** A new table for another year with this table's values and sources, at revision 1. */
    public FactorTable copyTo(int toYear, Instant now) {
        return new FactorTable(toYear, factors, now);
    }

    /** A new table from a complete set of rows (the first table, in tests and migrations). */
    public static FactorTable of(int year, Map<Carrier, CarrierFactor> factors, Instant now) {
        for (Carrier carrier : CARRIERS) {
            if (!factors.containsKey(carrier)) {
                throw new IllegalArgumentException("a factor table needs every carrier; " + carrier + " is missing");
            }
        }
        return new FactorTable(year, factors, now);
    }

    /**
     * Replaces one carrier's values and sources. Nothing changes, and the revision stays, when they are the same as
     * stored: a result computed before still used exactly this table.
     *
     * @return whether anything changed
     */
    public boolean change(Carrier carrier, CarrierFactor values) {
        if (!carrier.hasFactor()) {
            throw new IllegalArgumentException(carrier + " has no factor of its own");
        }
        CarrierFactor stored = factors.get(carrier);
        if (stored != null
                && stored.getTcePerUnit().compareTo(values.getTcePerUnit()) == 0
                && stored.getCo2PerUnit().compareTo(values.getCo2PerUnit()) == 0
                && stored.getTceSource().equals(values.getTceSource())
                && stored.getCo2Source().equals(values.getCo2Source())) {
            return false;
        }
        factors.put(carrier, values);
        revision++;
        return true;
    }

    /** The table as the carbon accounting takes it, with the year and revision a result cites. */
    public TableFactors forAccounting() {
        Map<Carrier, Factor> byCarrier = new EnumMap<>(Carrier.class);
        factors.forEach((carrier, values) -> byCarrier.put(carrier, values.factor()));
        return new TableFactors(year, revision, byCarrier);
    }

    /** The audited state: every value with its source, and the revision. */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("revision", revision);
        put(state, Carrier.ELECTRICITY, "electricityTce", "electricityCo2");
        put(state, Carrier.RAW_COAL, "rawCoalTce", "rawCoalCo2");
        put(state, Carrier.NATURAL_GAS, "naturalGasTce", "naturalGasCo2");
        put(state, Carrier.DIESEL, "dieselTce", "dieselCo2");
        put(state, Carrier.GASOLINE, "gasolineTce", "gasolineCo2");
        put(state, Carrier.HEAT, "heatTce", "heatCo2");
        return state;
    }

    private void put(Map<String, Object> state, Carrier carrier, String tceKey, String co2Key) {
        CarrierFactor values = factors.get(carrier);
        state.put(tceKey, values == null ? null : values.tceText());
        state.put(co2Key, values == null ? null : values.co2Text());
    }

    public int getYear() {
        return year;
    }

    public int getRevision() {
        return revision;
    }

    /** The row of a carrier; every carrier with factors has one. */
    public CarrierFactor factor(Carrier carrier) {
        return factors.get(carrier);
    }
}
