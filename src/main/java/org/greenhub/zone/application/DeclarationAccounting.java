package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.DeclarationRepository;
import org.greenhub.zone.domain.FactorTable;
import org.greenhub.zone.domain.FactorTableRepository;
import org.greenhub.zone.domain.Plausibility;
import org.greenhub.zone.domain.accounting.CarbonAccounting;
import org.greenhub.zone.domain.accounting.CarbonAccounting.EnterpriseResult;
import org.greenhub.zone.domain.accounting.Carrier;
import org.greenhub.zone.domain.accounting.EnterpriseYear;
import org.greenhub.zone.domain.accounting.TableFactors;

/**
 * Energy, CO2 and intensities of a declaration version, computed by {@link CarbonAccounting} (the calculator's code)
 * from the factor table of the declaration's year and rounded as the calculator answers them, citing the table's year
 * and revision; and the plausibility flags that compare it with its sector and its own year before. Called inside the
 * use cases of {@link Declarations}, which have already checked who may read the declaration.
 */
@ApplicationScoped
public class DeclarationAccounting {

    @Inject
    FactorTableRepository tables;

    @Inject
    DeclarationRepository declarations;

    @Inject
    OrganisationRepository organisations;

    private final CarbonAccounting accounting = new CarbonAccounting();

    /**
     * A declaration's figures as accounted. {@code tableRevision} is null when the year has no factor table yet (then
     * every figure is null); intensities are null while value added is missing or 0. Energy includes "other" energy
     * ({@code otherEnergyTce}, by the enterprise's own factor); CO2 does not, as no CO2 factor is known for it.
     */
    public record Accounted(
            int year,
            Integer tableRevision,
            BigDecimal energyTce,
            BigDecimal co2T,
            BigDecimal energyIntensity,
            BigDecimal co2Intensity,
            BigDecimal otherEnergyTce)
            implements Serializable {

        public boolean computed() {
            return tableRevision != null;
        }
    }

    /** One call's work: the tables and sector medians it has read, so a page of lines reads each once. */
    public final class Work {
        private final Map<Integer, Optional<TableFactors>> tablesByYear = new HashMap<>();
        private final Map<String, List<BigDecimal>> peersBySector = new HashMap<>();

        /** The declaration's figures as shown, rounded as the calculator answers them. */
        public Accounted accounted(Declaration declaration) {
            int year = declaration.getYear();
            Optional<TableFactors> table = table(year);
            if (table.isEmpty()) {
                return new Accounted(year, null, null, null, null, null, null);
            }
            Full full = compute(table.get(), declaration.figures());
            return new Accounted(
                    year,
                    table.get().revision(),
                    AccountingCalculator.rounded(full.result().energyTce()),
                    AccountingCalculator.rounded(full.result().co2T()),
                    full.intensities()
                            ? AccountingCalculator.rounded(full.result().energyIntensity())
                            : null,
                    full.intensities()
                            ? AccountingCalculator.rounded(full.result().co2Intensity())
                            : null,
                    AccountingCalculator.rounded(full.otherTce()));
        }

        /**
         * The plausibility flags of a declaration (none when its year has no factor table or it has no value added):
         * its energy intensity against the median of its sector's other enterprises in the zone that year, and both
         * intensities against its accepted declaration of the year before. Compared in full precision.
         */
        public List<Plausibility.Flag> flags(Declaration declaration) {
            Optional<Full> full = full(declaration);
            if (full.isEmpty()) {
                return List.of();
            }
            EnterpriseResult now = full.get().result();
            List<BigDecimal> peers = peers(declaration);
            Plausibility.PreviousYear previous = declarations
                    .accepted(declaration.getZoneId(), declaration.getOrganisationId(), declaration.getYear() - 1)
                    .flatMap(this::full)
                    .map(before -> new Plausibility.PreviousYear(
                            declaration.getYear() - 1,
                            before.result().energyIntensity(),
                            before.result().co2Intensity()))
                    .orElse(null);
            return Plausibility.flags(now.energyIntensity(), now.co2Intensity(), peers, previous);
        }

        private List<BigDecimal> peers(Declaration declaration) {
            String sector = organisations
                    .find(declaration.getOrganisationId())
                    .map(Organisation::getSector)
                    .filter(s -> !s.isBlank())
                    .orElse(null);
            if (sector == null) {
                // an organisation without a sector has no sector to be compared with
                return List.of();
            }
            String key = declaration.getZoneId() + "/" + declaration.getYear() + "/" + declaration.getOrganisationId()
                    + "/" + sector.trim().toLowerCase(java.util.Locale.ROOT);
            return peersBySector.computeIfAbsent(key, k -> {
                List<BigDecimal> intensities = new ArrayList<>();
                for (Declaration peer : declarations.sectorPeers(
                        declaration.getZoneId(), declaration.getYear(), sector, declaration.getOrganisationId())) {
                    full(peer).ifPresent(f -> intensities.add(f.result().energyIntensity()));
                }
                return List.copyOf(intensities);
            });
        }

        /** Full precision, with intensities; empty without a table or value added. */
        private Optional<Full> full(Declaration declaration) {
            return table(declaration.getYear())
                    .map(t -> compute(t, declaration.figures()))
                    .filter(Full::intensities);
        }

        private Optional<TableFactors> table(int year) {
            return tablesByYear.computeIfAbsent(year, y -> tables.find(y).map(FactorTable::forAccounting));
        }
    }

    /** A new unit of work for one page or one declaration. */
    public Work work() {
        return new Work();
    }

    private record Full(EnterpriseResult result, BigDecimal otherTce, boolean intensities) {}

    private Full compute(TableFactors table, DeclarationFigures figures) {
        Map<Carrier, BigDecimal> energy = new EnumMap<>(Carrier.class);
        put(energy, Carrier.ELECTRICITY, figures.electricity());
        put(energy, Carrier.GREEN_ELECTRICITY, figures.greenElectricity());
        put(energy, Carrier.RAW_COAL, figures.rawCoal());
        put(energy, Carrier.NATURAL_GAS, figures.naturalGas());
        put(energy, Carrier.DIESEL, figures.diesel());
        put(energy, Carrier.GASOLINE, figures.gasoline());
        put(energy, Carrier.HEAT, figures.heat());
        BigDecimal other = figures.otherEnergy() == null || figures.otherEnergyFactor() == null
                ? BigDecimal.ZERO
                : figures.otherEnergy().multiply(figures.otherEnergyFactor());
        boolean intensities =
                figures.valueAdded() != null && figures.valueAdded().signum() > 0;
        // Without value added (a draft, or 0 declared) energy and CO2 still count; the accounting divides by value
        // added, so it is given 1 and the intensities it answers are not shown.
        BigDecimal valueAdded = intensities ? figures.valueAdded() : BigDecimal.ONE;
        EnterpriseResult result = accounting.enterpriseYear(
                table.factors(), new EnterpriseYear("declaration", table.year(), valueAdded, energy), other);
        return new Full(result, other, intensities);
    }

    private static void put(Map<Carrier, BigDecimal> energy, Carrier carrier, BigDecimal quantity) {
        if (quantity != null) {
            energy.put(carrier, quantity);
        }
    }
}
