package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.greenhub.zone.domain.CarrierFactor;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.FactorTable;
import org.greenhub.zone.domain.accounting.Carrier;

/**
 * Declarations and factor tables for the declaration tests, stored as the use cases would store them. The tables are
 * of years no other test uses (never the seeded 2022), with round factors that make the figures easy to check by hand.
 */
@ApplicationScoped
public class DeclarationFixtures {

    @PersistenceContext
    EntityManager em;

    /**
     * A year's table with round factors per unit, tce and t CO2: electricity 0.1 and 0.5, raw coal 0.7 and 2, natural
     * gas 0.001 and 0.002, diesel and gasoline 1.5 and 3, heat 0.03 and 0.1. Made once; a later call reuses it.
     */
    @Transactional
    public FactorTable roundTable(int year) {
        return em.createQuery("select t from FactorTable t where t.year = :year", FactorTable.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Map<Carrier, CarrierFactor> factors = new EnumMap<>(Carrier.class);
                    factors.put(Carrier.ELECTRICITY, factor("0.1", "0.5"));
                    factors.put(Carrier.RAW_COAL, factor("0.7", "2"));
                    factors.put(Carrier.NATURAL_GAS, factor("0.001", "0.002"));
                    factors.put(Carrier.DIESEL, factor("1.5", "3"));
                    factors.put(Carrier.GASOLINE, factor("1.5", "3"));
                    factors.put(Carrier.HEAT, factor("0.03", "0.1"));
                    FactorTable table = FactorTable.of(year, factors, TestTime.now());
                    em.persist(table);
                    return table;
                });
    }

    private static CarrierFactor factor(String tce, String co2) {
        return new CarrierFactor(new BigDecimal(tce), "test factors", new BigDecimal(co2), "test factors");
    }

    /** Complete figures with this value added and electricity (no other energy), ready to be filed. */
    public static DeclarationFigures figures(String valueAdded, String electricity) {
        return new DeclarationFigures(
                new BigDecimal(valueAdded),
                new BigDecimal(valueAdded).multiply(BigDecimal.valueOf(4)),
                null,
                new BigDecimal(electricity),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                true);
    }

    /** A version 1 filed by {@code filer} and, unless the status is SUBMITTED, accepted or returned by it. */
    @Transactional
    public long declared(
            long zoneId,
            long organisationId,
            int year,
            DeclarationStatus status,
            DeclarationFigures figures,
            long filer) {
        Declaration declaration =
                Declaration.file(zoneId, organisationId, year, TestTime.year(), figures, filer, TestTime.now());
        if (status == DeclarationStatus.ACCEPTED) {
            declaration.accept(filer, TestTime.now());
        } else if (status == DeclarationStatus.RETURNED) {
            declaration.returnForCorrection("Please check the figures.", filer, TestTime.now());
        }
        em.persist(declaration);
        return declaration.getId();
    }

    /** A version 1 saved as a draft: the enterprise's own, unseen by the zone. */
    @Transactional
    public long drafted(long zoneId, long organisationId, int year, DeclarationFigures figures) {
        Declaration declaration =
                Declaration.draft(zoneId, organisationId, year, TestTime.year(), figures, TestTime.now());
        em.persist(declaration);
        return declaration.getId();
    }
}
