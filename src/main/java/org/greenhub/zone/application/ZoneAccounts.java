package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.greenhub.zone.application.AccountingCalculator.AccountingRequest;
import org.greenhub.zone.application.AccountingCalculator.AccountingResponse;
import org.greenhub.zone.application.AccountingCalculator.EnterpriseInput;
import org.greenhub.zone.application.AccountingCalculator.EnterpriseYearOutput;
import org.greenhub.zone.application.AccountingCalculator.FactorInput;
import org.greenhub.zone.application.AccountingCalculator.TargetsInput;
import org.greenhub.zone.application.AccountingCalculator.YearInput;
import org.greenhub.zone.application.AccountingCalculator.ZoneYearOutput;
import org.greenhub.zone.domain.AcceptedFigures;
import org.greenhub.zone.domain.AcceptedSums;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.DeclarationRepository;
import org.greenhub.zone.domain.FactorTableRepository;
import org.greenhub.zone.domain.Indicator;
import org.greenhub.zone.domain.IndicatorRepository;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneRepository;
import org.greenhub.zone.domain.ZoneTarget;
import org.greenhub.zone.domain.accounting.CarbonAccounting;
import org.greenhub.zone.domain.accounting.Carrier;
import org.greenhub.zone.domain.accounting.EnterpriseYear;
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

    /** Stateless: the definitions the calculator uses, for the figures computed from sums. */
    private static final CarbonAccounting ACCOUNTING = new CarbonAccounting();

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

    /**
     * The zone's figures for the years {@code firstYear} to {@code year}, exactly as {@link #asOf} answers them for
     * those years (the same factor table, base year and targets, the same {@link CarbonAccounting}), but read as the
     * database's sums of those years, the base year and each year before (for the comparable change) instead of
     * every enterprise-year since the first: the dashboard and the national comparison show no more. With {@code
     * enterprises}, also each enterprise of {@code year} (the dashboard's sectors and largest emitters). Empty as
     * {@link #asOf} is, and also when none of those years has an accepted declaration. A zone the calculator would
     * refuse (a value added of 0, a carrier in use without a factor) is left to {@link #asOf}, so the answer stays
     * the calculator's.
     */
    @Transactional
    public Optional<Figures> figures(long zoneId, int year, int firstYear, boolean enterprises) {
        Zone zone = zones.find(zoneId).orElse(null);
        if (zone == null) {
            return Optional.empty();
        }
        Optional<TableFactors> table = tableFor(year);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        return figures(List.of(zone), year, firstYear, enterprises, table.get()).getOrDefault(zoneId, Optional.empty());
    }

    /**
     * {@link #figures} without the enterprises, for several zones in a number of statements that does not grow with
     * the zones (the national comparison reads every zone): each zone asked, by id.
     */
    @Transactional
    public Map<Long, Optional<Figures>> figuresOfZones(List<Zone> zoneList, int year, int firstYear) {
        Optional<TableFactors> table = tableFor(year);
        if (table.isEmpty()) {
            Map<Long, Optional<Figures>> none = new HashMap<>();
            zoneList.forEach(zone -> none.put(zone.getId(), Optional.empty()));
            return none;
        }
        return figures(zoneList, year, firstYear, false, table.get());
    }

    private Map<Long, Optional<Figures>> figures(
            List<Zone> zoneList, int year, int firstYear, boolean enterprises, TableFactors table) {
        Set<Integer> years = new TreeSet<>();
        for (int y = firstYear; y <= year; y++) {
            years.add(y);
        }
        for (Zone zone : zoneList) {
            if (zone.getBaseYear() <= year) {
                years.add(zone.getBaseYear());
            }
        }
        Map<Long, List<CarbonAccounting.YearSums>> byZone = new HashMap<>();
        Set<Long> refused = new HashSet<>();
        for (AcceptedSums row :
                declarations.acceptedSums(zoneList.stream().map(Zone::getId).toList(), years)) {
            byZone.computeIfAbsent(row.zoneId(), id -> new ArrayList<>()).add(row.sums());
            if (row.smallestValueAdded() == null
                    || row.smallestValueAdded().signum() <= 0
                    || withoutFactor(row.sums().all(), table)) {
                refused.add(row.zoneId());
            }
        }
        Map<Long, TargetsInput> targets =
                targets(zoneList.stream().map(Zone::getId).toList(), year);
        Map<Long, Optional<Figures>> figures = new HashMap<>();
        for (Zone zone : zoneList) {
            List<CarbonAccounting.YearSums> sums = byZone.getOrDefault(zone.getId(), List.of()).stream()
                    .filter(s -> s.year() <= year && (s.year() >= firstYear || s.year() == zone.getBaseYear()))
                    .toList();
            if (refused.contains(zone.getId())) {
                figures.put(zone.getId(), asOf(zone.getId(), year).map(a -> Figures.of(a, firstYear, enterprises)));
                continue;
            }
            if (sums.stream().noneMatch(s -> s.year() >= firstYear)) {
                figures.put(zone.getId(), Optional.empty());
                continue;
            }
            List<ZoneYearOutput> zoneYears = ACCOUNTING
                    .zoneYears(
                            table.factors(),
                            zone.getBaseYear(),
                            AccountingCalculator.targets(targets.get(zone.getId())),
                            sums)
                    .stream()
                    .filter(z -> z.year() >= firstYear)
                    .map(ZoneYearOutput::of)
                    .toList();
            figures.put(
                    zone.getId(),
                    Optional.of(new Figures(
                            zone.getId(),
                            year,
                            table.year(),
                            table.revision(),
                            zoneYears,
                            enterprises ? enterprisesOf(zone.getId(), year, table) : List.of())));
        }
        return figures;
    }

    /** Each enterprise of the year as the calculator answers it (its energy, CO2 and intensities). */
    private List<EnterpriseYearOutput> enterprisesOf(long zoneId, int year, TableFactors table) {
        List<EnterpriseYearOutput> outputs = new ArrayList<>();
        for (AcceptedFigures declared : declarations.acceptedIn(zoneId, year)) {
            Map<Carrier, BigDecimal> energy = new EnumMap<>(Carrier.class);
            quantities(declared.figures())
                    .forEach((key, quantity) -> energy.put(Carrier.byKey(key).orElseThrow(), quantity));
            outputs.add(EnterpriseYearOutput.of(ACCOUNTING.enterpriseYear(
                    table.factors(),
                    new EnterpriseYear(
                            String.valueOf(declared.organisationId()),
                            year,
                            declared.figures().valueAdded(),
                            energy),
                    BigDecimal.ZERO)));
        }
        return outputs;
    }

    private static boolean withoutFactor(CarbonAccounting.Sums sums, TableFactors table) {
        return sums.energy().entrySet().stream()
                .anyMatch(e -> e.getKey().hasFactor()
                        && e.getValue().signum() > 0
                        && !table.factors().containsKey(e.getKey()));
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

    /** {@link #targets(long, int)} for several zones, in two statements. */
    private Map<Long, TargetsInput> targets(List<Long> zoneIds, int year) {
        Map<Long, Map<Long, ZoneTarget>> set = new HashMap<>();
        indicators
                .targets(zoneIds, year)
                .forEach(t -> set.computeIfAbsent(t.getZoneId(), id -> new HashMap<>())
                        .put(t.getIndicator().getId(), t));
        List<Indicator> all = indicators.indicators();
        Map<Long, TargetsInput> targets = new HashMap<>();
        for (long zoneId : zoneIds) {
            Map<Long, ZoneTarget> own = set.getOrDefault(zoneId, Map.of());
            BigDecimal energy = null;
            BigDecimal co2Change = null;
            for (Indicator indicator : all) {
                // as target(): the zone's single value, else (none, or a range) the indicator's own bound
                ZoneTarget target = own.get(indicator.getId());
                BigDecimal value = target != null && target.getTargetValue() != null
                        ? target.getTargetValue()
                        : indicator.getReferenceHigh();
                if (ENERGY_INTENSITY.equals(indicator.getCode())) {
                    energy = value;
                } else if (CO2_INTENSITY_CHANGE.equals(indicator.getCode())) {
                    co2Change = value == null ? null : value.divide(PERCENT);
                }
            }
            targets.put(zoneId, new TargetsInput(energy, co2Change));
        }
        return targets;
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
            Map<String, BigDecimal> energy = quantities(figures);
            byOrganisation
                    .computeIfAbsent(declaration.organisationId(), id -> new ArrayList<>())
                    .add(new YearInput(declaration.year(), figures.valueAdded(), energy));
        }
        List<EnterpriseInput> enterprises = new ArrayList<>();
        byOrganisation.forEach((id, years) -> enterprises.add(new EnterpriseInput(String.valueOf(id), years)));
        return enterprises;
    }

    /** The seven carriers as declared, by their published key; a carrier not declared is left out. */
    private static Map<String, BigDecimal> quantities(DeclarationFigures figures) {
        Map<String, BigDecimal> energy = new LinkedHashMap<>();
        put(energy, Carrier.ELECTRICITY, figures.electricity());
        put(energy, Carrier.GREEN_ELECTRICITY, figures.greenElectricity());
        put(energy, Carrier.RAW_COAL, figures.rawCoal());
        put(energy, Carrier.NATURAL_GAS, figures.naturalGas());
        put(energy, Carrier.DIESEL, figures.diesel());
        put(energy, Carrier.GASOLINE, figures.gasoline());
        put(energy, Carrier.HEAT, figures.heat());
        return energy;
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

    /**
     * A zone's figures for the years a page shows (see {@link #figures}): each of those years that has declarations,
     * as the calculator answers it, the enterprises of the reporting year if asked for, and the factor table cited.
     */
    public record Figures(
            long zoneId,
            int year,
            int factorTableYear,
            int factorTableRevision,
            List<ZoneYearOutput> zoneYears,
            List<EnterpriseYearOutput> enterpriseYears) {

        public Figures {
            zoneYears = List.copyOf(zoneYears);
            enterpriseYears = List.copyOf(enterpriseYears);
        }

        /** The zone's figures for one year, if any enterprise declared that year. */
        public Optional<ZoneYearOutput> zoneYear(int year) {
            return zoneYears.stream().filter(z -> z.year() == year).findFirst();
        }

        /** The same figures taken from the whole accounts. */
        static Figures of(Accounts accounts, int firstYear, boolean enterprises) {
            return new Figures(
                    accounts.zoneId(),
                    accounts.year(),
                    accounts.factorTableYear(),
                    accounts.factorTableRevision(),
                    accounts.response().zoneYears().stream()
                            .filter(z -> z.year() >= firstYear)
                            .toList(),
                    enterprises
                            ? accounts.response().enterpriseYears().stream()
                                    .filter(e -> e.year() == accounts.year())
                                    .toList()
                            : List.of());
        }
    }
}
