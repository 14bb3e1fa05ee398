package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.zone.domain.CarrierFactor;
import org.greenhub.zone.domain.FactorTable;
import org.greenhub.zone.domain.FactorTableRepository;
import org.greenhub.zone.domain.accounting.Carrier;
import org.greenhub.zone.domain.accounting.TableFactors;

/**
 * Administrators keep the factor tables: read a year's table, change one carrier's values and sources, copy a year's
 * table to a new year. Every change is audited with before and after and raises the table's revision, which results
 * cite through {@link #forAccounting}.
 */
@ApplicationScoped
public class FactorTables {

    @Inject
    FactorTableRepository tables;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A year's table as the page shows it: each carrier's two values with their sources, in the table's order. */
    public record TableView(long id, int year, int revision, long version, List<CarrierView> carriers)
            implements Serializable {

        static TableView of(FactorTable table) {
            return new TableView(
                    table.getId(),
                    table.getYear(),
                    table.getRevision(),
                    table.getVersion(),
                    FactorTable.CARRIERS.stream()
                            .map(carrier -> {
                                CarrierFactor values = table.factor(carrier);
                                return new CarrierView(
                                        carrier,
                                        values.getTcePerUnit(),
                                        values.getTceSource(),
                                        values.getCo2PerUnit(),
                                        values.getCo2Source());
                            })
                            .toList());
        }

        /** The row of a carrier; every carrier with factors has one. */
        public CarrierView factor(Carrier carrier) {
            return carriers.stream()
                    .filter(c -> c.carrier() == carrier)
                    .findFirst()
                    .orElseThrow(DomainException::notFound);
        }
    }

    /** One carrier's row: tce and t CO2 per unit, each with its source. */
    public record CarrierView(
            Carrier carrier, BigDecimal tcePerUnit, String tceSource, BigDecimal co2PerUnit, String co2Source)
            implements Serializable {}

    /** The years that have a table, latest first. */
    @Transactional
    public List<Integer> years() {
        currentUser.require(Role.ADMINISTRATOR);
        return tables.years();
    }

    /** A year's table; a year without one is "not found". */
    @Transactional
    public TableView table(int year) {
        currentUser.require(Role.ADMINISTRATOR);
        return TableView.of(tables.find(year).orElseThrow(DomainException::notFound));
    }

    /**
     * Replaces one carrier's values and sources. A form shown before someone else changed the table is refused (its
     * version moved); the values are checked before anything is stored.
     */
    @Transactional
    public TableView change(int year, long expectedVersion, Carrier carrier, CarrierFactor.Typed typed) {
        currentUser.require(Role.ADMINISTRATOR);
        FactorTable table = tables.find(year).orElseThrow(DomainException::notFound);
        if (!carrier.hasFactor()) {
            throw DomainException.notFound();
        }
        if (table.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        CarrierFactor values = CarrierFactor.of(typed);
        Map<String, Object> before = table.snapshot();
        if (table.change(carrier, values)) {
            tables.flush();
            audit.record("ZONE_FACTORS_CHANGED", "FactorTable", table.getId(), before, table.snapshot(), null);
        }
        return TableView.of(table);
    }

    /** A new year's table with the values and sources of an existing year's, at revision 1. */
    @Transactional
    public TableView copy(int fromYear, Integer toYear) {
        currentUser.require(Role.ADMINISTRATOR);
        int year = FactorTable.year("toYear", toYear);
        FactorTable source = tables.find(fromYear).orElseThrow(DomainException::notFound);
        if (tables.find(year).isPresent()) {
            throw DomainException.conflict("toYear", "zone.factors.validation.yearTaken", String.valueOf(year));
        }
        FactorTable copy = source.copyTo(year, Instant.now(clock));
        tables.add(copy);
        audit.record(
                "ZONE_FACTORS_COPIED", "FactorTable", copy.getId(), null, copy.snapshot(), String.valueOf(fromYear));
        return TableView.of(copy);
    }

    /**
     * A year's table as the carbon accounting takes it, with the year and revision the results cite. The factors are
     * reference data published with every result, so reading them needs no role.
     */
    @Transactional
    public TableFactors forAccounting(int year) {
        return tables.find(year).orElseThrow(DomainException::notFound).forAccounting();
    }
}
