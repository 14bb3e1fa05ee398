package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.zone.application.AccountingCalculator.AccountingRequest;
import org.greenhub.zone.application.AccountingCalculator.AccountingResponse;
import org.greenhub.zone.application.AccountingCalculator.EnterpriseInput;
import org.greenhub.zone.application.AccountingCalculator.FactorInput;
import org.greenhub.zone.application.AccountingCalculator.TargetsInput;
import org.greenhub.zone.application.AccountingCalculator.YearInput;
import org.greenhub.zone.application.AccountingCalculator.ZoneYearOutput;
import org.greenhub.zone.domain.AcceptedFigures;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.DeclarationRepository;
import org.greenhub.zone.domain.FactorTableRepository;
import org.greenhub.zone.domain.Indicator;
import org.greenhub.zone.domain.IndicatorRepository;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneRepository;
import org.greenhub.zone.domain.ZoneTarget;
import org.greenhub.zone.domain.accounting.Carrier;
import org.greenhub.zone.domain.accounting.Factor;
import org.greenhub.zone.domain.accounting.TableFactors;

/**
 * A zone's carbon accounts as of a reporting year, the one source of the zone's published energy and CO2 figures (the
 * dashboard, the national comparison and the annual report read them here). They are computed by the public calculator
 * from a request built of the zone's accepted declarations, so the request is the data pack: anyone who posts it to
 * {@code POST /api/zone/accounting/calculate} gets the same figures.
 *
 * <p>Every year of the series is counted with one factor table, the reporting year's (or, before that year's table
 * exists, the latest earlier one), so that a change between years measures the enterprises and not a revised factor;
 * the accounts cite that table's year and revision. "Other" energy, declared with the enterprise's own factor, has no
 * carrier in the published format and is not in the zone's accounts (it is shown on each declaration).
 *
 * <p>No role is checked here: the use cases that show the accounts ask {@link ZoneAccess} (or publish them) first.
 */
@ApplicationScoped
public class ZoneAccounts {

    /** The indicators whose zone target (or, without one, the indicator's own bound) the accounts' statuses test. */
    static final String ENERGY_INTENSITY = "ENERGY_INTENSITY";

    static final String CO2_INTENSITY_CHANGE = "CO2_INTENSITY_CHANGE";

    private static final BigDecimal PERCENT = new BigDecimal(100);

    @Inject
    ZoneRepository zones;

    @Inject
    DeclarationRepository declarations;

    @Inject
    FactorTableRepository factorTables;

    @Inject
    IndicatorRepository indicators;

    @Inject
    AccountingCalculator calculator;

    /**
     * The accounts of a zone for the years up to {@code year}, each year's figures in {@link Accounts#response()}; empty
     * when the zone has no accepted declaration by then or no factor table exists for that year or before.
     */
    @Transactional
    public Optional<Accounts> asOf(long zoneId, int year) {
        Zone zone = zones.find(zoneId).orElse(null);
        if (zone == null) {
            return Optional.empty();
        }
        Optional<TableFactors> table = tableFor(year);
        List<AcceptedFigures> accepted = declarations.acceptedUpTo(zoneId, year);
        if (table.isEmpty() || accepted.isEmpty()) {
            return Optional.empty();
        }
        AccountingRequest request = new AccountingRequest(
                factors(table.get()), zone.getBaseYear(), targets(zoneId, year), enterprises(accepted));
        return Optional.of(new Accounts(
                zoneId, year, table.get().year(), table.get().revision(), request, calculator.calculate(request)));
    }

    private Optional<TableFactors> tableFor(int year) {
        return factorTables.years().stream()
                .filter(tableYear -> tableYear <= year)
                .findFirst() // latest first
                .flatMap(factorTables::find)
                .map(table -> table.forAccounting());
    }

    private static Map<String, FactorInput> factors(TableFactors table) {
        Map<String, FactorInput> factors = new LinkedHashMap<>();
        for (Carrier carrier : Carrier.values()) {
            Factor factor = table.factors().get(carrier);
            if (factor != null) {
                factors.put(carrier.key(), new FactorInput(factor.tcePerUnit(), factor.co2PerUnit()));
            }
        }
        return factors;
    }

    /** The zone's targets for the year; where it set none, the indicator's own bound (the national plan's). */
    private TargetsInput targets(long zoneId, int year) {
        BigDecimal energy = null;
        BigDecimal co2Change = null;
        for (Indicator indicator : indicators.indicators()) {
            if (ENERGY_INTENSITY.equals(indicator.getCode())) {
                energy = target(zoneId, indicator, year);
            } else if (CO2_INTENSITY_CHANGE.equals(indicator.getCode())) {
                BigDecimal percent = target(zoneId, indicator, year);
                co2Change = percent == null ? null : percent.divide(PERCENT);
            }
        }
        return new TargetsInput(energy, co2Change);
    }

    private BigDecimal target(long zoneId, Indicator indicator, int year) {
        return indicators
                .target(zoneId, indicator.getId(), year)
                .map(ZoneTarget::getTargetValue)
                .orElse(indicator.getReferenceHigh());
    }

    /** One enterprise per organisation (named by its id), its years in order; a carrier not declared is left out. */
    private static List<EnterpriseInput> enterprises(List<AcceptedFigures> accepted) {
        Map<Long, List<YearInput>> byOrganisation = new LinkedHashMap<>();
        for (AcceptedFigures declaration : accepted) {
            DeclarationFigures figures = declaration.figures();
            Map<String, BigDecimal> energy = new LinkedHashMap<>();
            put(energy, Carrier.ELECTRICITY, figures.electricity());
            put(energy, Carrier.GREEN_ELECTRICITY, figures.greenElectricity());
            put(energy, Carrier.RAW_COAL, figures.rawCoal());
            put(energy, Carrier.NATURAL_GAS, figures.naturalGas());
            put(energy, Carrier.DIESEL, figures.diesel());
            put(energy, Carrier.GASOLINE, figures.gasoline());
            put(energy, Carrier.HEAT, figures.heat());
            byOrganisation
                    .computeIfAbsent(declaration.organisationId(), id -> new ArrayList<>())
                    .add(new YearInput(declaration.year(), figures.valueAdded(), energy));
        }
        List<EnterpriseInput> enterprises = new ArrayList<>();
        byOrganisation.forEach((id, years) -> enterprises.add(new EnterpriseInput(String.valueOf(id), years)));
        return enterprises;
    }

    private static void put(Map<String, BigDecimal> energy, Carrier carrier, BigDecimal quantity) {
        if (quantity != null) {
            energy.put(carrier.key(), quantity);
        }
    }

    /**
     * A zone's accounts as of a year: the calculator request (the data pack's input, enterprises named by their
     * organisation id), its answer, and the factor table they cite.
     */
    public record Accounts(
            long zoneId,
            int year,
            int factorTableYear,
            int factorTableRevision,
            AccountingRequest request,
            AccountingResponse response) {

        /** The zone's figures for one year of the series, if any enterprise declared that year. */
        public Optional<ZoneYearOutput> zoneYear(int year) {
            return response.zoneYears().stream().filter(z -> z.year() == year).findFirst();
        }
    }
}
