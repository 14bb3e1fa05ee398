package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.greenhub.platform.error.DomainException;
import org.greenhub.zone.domain.accounting.CarbonAccounting;
import org.greenhub.zone.domain.accounting.CarbonAccounting.EnterpriseResult;
import org.greenhub.zone.domain.accounting.CarbonAccounting.Result;
import org.greenhub.zone.domain.accounting.CarbonAccounting.Targets;
import org.greenhub.zone.domain.accounting.CarbonAccounting.ZoneYearResult;
import org.greenhub.zone.domain.accounting.Carrier;
import org.greenhub.zone.domain.accounting.EnterpriseYear;
import org.greenhub.zone.domain.accounting.Factor;
import org.greenhub.zone.domain.accounting.TargetStatus;

/**
 * The public zone accounting calculator's use case ({@code POST /api/zone/accounting/calculate}): checks a request,
 * naming the bad item (a {@link DomainException}, answered as a 422 problem in the caller's language), computes with
 * {@link CarbonAccounting} and answers every figure rounded to {@value #DECIMALS} decimals. Its request and response
 * records are the calculator's published format (docs/zone-accounting.md).
 */
@ApplicationScoped
public class AccountingCalculator {

    /** Decimals of every answered figure; the computation keeps {@link CarbonAccounting#PRECISION}. */
    public static final int DECIMALS = 6;
    /** Years a declaration can have: keeps the average change's root degree (year − base year) small. */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2100;

    private final CarbonAccounting accounting = new CarbonAccounting();

    public AccountingResponse calculate(AccountingRequest request) {
        if (request == null) {
            throw required("body");
        }
        Map<Carrier, Factor> factors = factors(request.factors());
        int baseYear = year(request.baseYear(), "baseYear");
        Targets targets = targets(request.targets());
        List<EnterpriseYear> years = enterpriseYears(request.enterprises(), factors);
        return AccountingResponse.of(accounting.account(factors, baseYear, targets, years));
    }

    private static Map<Carrier, Factor> factors(Map<String, FactorInput> factors) {
        if (factors == null) {
            throw required("factors");
        }
        Map<Carrier, Factor> converted = new EnumMap<>(Carrier.class);
        for (Map.Entry<String, FactorInput> entry : factors.entrySet()) {
            String field = "factors." + entry.getKey();
            Carrier carrier = carrier(entry.getKey(), field);
            if (!carrier.hasFactor()) {
                throw DomainException.invalid(field, "zone.accounting.greenElectricityFactor");
            }
            FactorInput factor = present(entry.getValue(), field);
            converted.put(
                    carrier,
                    new Factor(
                            notNegativeFactor(factor.tcePerUnit(), field + ".tcePerUnit"),
                            notNegativeFactor(factor.co2PerUnit(), field + ".co2PerUnit")));
        }
        return converted;
    }

    private static BigDecimal notNegativeFactor(BigDecimal value, String field) {
        if (present(value, field).signum() < 0) {
            throw DomainException.invalid(field, "zone.accounting.negativeFactor", field, value.toPlainString());
        }
        return value;
    }

    /** The targets as the calculator takes them: no CO2 target given is the national plan's −4 % a year. */
    static Targets targets(TargetsInput targets) {
        if (targets == null) {
            return new Targets(null, CarbonAccounting.DEFAULT_CO2_ANNUAL_CHANGE_TARGET);
        }
        return new Targets(
                targets.energyIntensity(),
                targets.co2AnnualChange() == null
                        ? CarbonAccounting.DEFAULT_CO2_ANNUAL_CHANGE_TARGET
                        : targets.co2AnnualChange());
    }

    private static List<EnterpriseYear> enterpriseYears(
            List<EnterpriseInput> enterprises, Map<Carrier, Factor> factors) {
        if (enterprises == null || enterprises.isEmpty()) {
            throw DomainException.invalid("enterprises", "zone.accounting.noEnterprises");
        }
        List<EnterpriseYear> converted = new ArrayList<>();
        Set<Seen> seen = new HashSet<>();
        for (int i = 0; i < enterprises.size(); i++) {
            String field = "enterprises[" + i + "]";
            EnterpriseInput enterprise = present(enterprises.get(i), field);
            String id = enterprise.id();
            if (id == null || id.isBlank()) {
                throw required(field + ".id");
            }
            List<YearInput> years = present(enterprise.years(), field + ".years");
            for (int j = 0; j < years.size(); j++) {
                String yearField = field + ".years[" + j + "]";
                YearInput declared = present(years.get(j), yearField);
                int year = year(declared.year(), yearField + ".year");
                if (!seen.add(new Seen(id, year))) {
                    throw DomainException.invalid(
                            yearField + ".year", "zone.accounting.duplicateYear", id, String.valueOf(year));
                }
                BigDecimal valueAdded = present(declared.valueAdded(), yearField + ".valueAdded");
                if (valueAdded.signum() <= 0) {
                    throw DomainException.invalid(
                            yearField + ".valueAdded",
                            "zone.accounting.valueAddedNotPositive",
                            id,
                            String.valueOf(year),
                            valueAdded.toPlainString());
                }
                converted.add(new EnterpriseYear(
                        id, year, valueAdded, energy(declared.energy(), factors, id, year, yearField + ".energy")));
            }
        }
        return converted;
    }

    /** An enterprise-year already given: a record, not a concatenated string, for each of 100,000 of them. */
    private record Seen(String id, int year) {}

    private static Map<Carrier, BigDecimal> energy(
            Map<String, BigDecimal> energy, Map<Carrier, Factor> factors, String id, int year, String field) {
        Map<Carrier, BigDecimal> converted = new EnumMap<>(Carrier.class);
        if (energy == null) {
            return converted;
        }
        for (Map.Entry<String, BigDecimal> entry : energy.entrySet()) {
            String quantityField = field + "." + entry.getKey();
            Carrier carrier = carrier(entry.getKey(), quantityField);
            BigDecimal quantity = present(entry.getValue(), quantityField);
            if (quantity.signum() < 0) {
                throw DomainException.invalid(
                        quantityField,
                        "zone.accounting.negativeQuantity",
                        id,
                        String.valueOf(year),
                        carrier.key(),
                        quantity.toPlainString());
            }
            // A carrier is in use when something of it was consumed; a zero needs no factor.
            if (carrier.hasFactor() && quantity.signum() > 0 && !factors.containsKey(carrier)) {
                throw DomainException.invalid(
                        "factors." + carrier.key(),
                        "zone.accounting.missingFactor",
                        carrier.key(),
                        id,
                        String.valueOf(year));
            }
            converted.put(carrier, quantity);
        }
        BigDecimal electricity = converted.getOrDefault(Carrier.ELECTRICITY, BigDecimal.ZERO);
        BigDecimal green = converted.getOrDefault(Carrier.GREEN_ELECTRICITY, BigDecimal.ZERO);
        if (green.compareTo(electricity) > 0) {
            throw DomainException.invalid(
                    field + "." + Carrier.GREEN_ELECTRICITY.key(),
                    "zone.accounting.greenAboveElectricity",
                    id,
                    String.valueOf(year),
                    green.toPlainString(),
                    electricity.toPlainString());
        }
        return converted;
    }

    private static Carrier carrier(String key, String field) {
        return Carrier.byKey(key)
                .orElseThrow(() -> DomainException.invalid(field, "zone.accounting.unknownCarrier", key));
    }

    private static int year(Integer year, String field) {
        if (present(year, field) < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalid(
                    field,
                    "zone.accounting.yearOutOfRange",
                    String.valueOf(year),
                    String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
        return year;
    }

    private static <T> T present(T value, String field) {
        if (value == null) {
            throw required(field);
        }
        return value;
    }

    private static DomainException required(String field) {
        return DomainException.invalid(field, "zone.accounting.required", field);
    }

    /**
     * Rounded to {@value #DECIMALS} decimals, an exact half towards zero (the published worked example answers the exact
     * 21242.7691475 tce as 21242.769147), written without trailing zeros or an exponent.
     */
    public static BigDecimal rounded(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.setScale(DECIMALS, RoundingMode.HALF_DOWN).stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static String name(TargetStatus status) {
        return status == null ? null : status.name();
    }

    /** A carrier's conversion per unit of the carrier: tce and t CO2. */
    @JsonbPropertyOrder({"tcePerUnit", "co2PerUnit"})
    @Schema(
            description = "A carrier's conversion per unit: tce and t CO2.",
            example = "{\"tcePerUnit\":0.1229,\"co2PerUnit\":0.5703}")
    public record FactorInput(BigDecimal tcePerUnit, BigDecimal co2PerUnit) {}

    /** Both optional: without {@code energyIntensity} there is no energy status; {@code co2AnnualChange} is −0.04 by default. */
    @JsonbPropertyOrder({"energyIntensity", "co2AnnualChange"})
    @Schema(
            description =
                    "The zone's targets, both optional: the energy intensity (tce per 10,000 yuan) and the yearly CO2 intensity change (default −0.04).",
            example = "{\"energyIntensity\":0.134,\"co2AnnualChange\":-0.04}")
    public record TargetsInput(BigDecimal energyIntensity, BigDecimal co2AnnualChange) {}

    /** Value added in 10,000 yuan; energy by carrier in the carrier's unit (a missing carrier is zero). */
    @JsonbPropertyOrder({"year", "valueAdded", "energy"})
    @Schema(
            description =
                    "An enterprise-year: value added in 10,000 yuan and energy by carrier in the carrier's unit (a missing carrier is zero).")
    public record YearInput(Integer year, BigDecimal valueAdded, Map<String, BigDecimal> energy) {}

    @JsonbPropertyOrder({"id", "years"})
    @Schema(description = "An enterprise, by any id the caller chooses, and its years.")
    public record EnterpriseInput(String id, List<YearInput> years) {}

    @JsonbPropertyOrder({"factors", "baseYear", "targets", "enterprises"})
    @Schema(description = "The factor table by carrier, the base year, the targets and the enterprises.")
    public record AccountingRequest(
            Map<String, FactorInput> factors,
            Integer baseYear,
            TargetsInput targets,
            List<EnterpriseInput> enterprises) {}

    @JsonbPropertyOrder({"enterpriseYears", "zoneYears"})
    @Schema(description = "Each enterprise-year's figures and each zone-year's sums.")
    public record AccountingResponse(List<EnterpriseYearOutput> enterpriseYears, List<ZoneYearOutput> zoneYears) {

        static AccountingResponse of(Result result) {
            return new AccountingResponse(
                    result.enterpriseYears().stream()
                            .map(EnterpriseYearOutput::of)
                            .toList(),
                    result.zoneYears().stream().map(ZoneYearOutput::of).toList());
        }
    }

    @JsonbPropertyOrder({"id", "year", "energyTce", "co2T", "energyIntensity", "co2Intensity"})
    @Schema(
            description =
                    "An enterprise-year: energy (tce), CO2 (t) and their intensities per 10,000 yuan of value added.")
    public record EnterpriseYearOutput(
            String id,
            int year,
            BigDecimal energyTce,
            BigDecimal co2T,
            BigDecimal energyIntensity,
            BigDecimal co2Intensity) {

        static EnterpriseYearOutput of(EnterpriseResult result) {
            return new EnterpriseYearOutput(
                    result.enterprise(),
                    result.year(),
                    rounded(result.energyTce()),
                    rounded(result.co2T()),
                    rounded(result.energyIntensity()),
                    rounded(result.co2Intensity()));
        }
    }

    /** The changes and statuses are written as {@code null} where they cannot be computed. */
    @JsonbPropertyOrder({
        "year",
        "energyTce",
        "co2T",
        "valueAdded",
        "energyIntensity",
        "co2Intensity",
        "co2IntensityChange",
        "co2AverageAnnualChange",
        "energyIntensityStatus",
        "co2Status"
    })
    @Schema(
            description =
                    "A zone-year: the sums, the intensities, the CO2 intensity change on a comparable basis, the average annual change since the base year and the target statuses (null where they cannot be computed).")
    public record ZoneYearOutput(
            int year,
            BigDecimal energyTce,
            BigDecimal co2T,
            BigDecimal valueAdded,
            BigDecimal energyIntensity,
            BigDecimal co2Intensity,
            @JsonbNillable BigDecimal co2IntensityChange,
            @JsonbNillable BigDecimal co2AverageAnnualChange,
            @JsonbNillable String energyIntensityStatus,
            @JsonbNillable String co2Status) {

        static ZoneYearOutput of(ZoneYearResult result) {
            return new ZoneYearOutput(
                    result.year(),
                    rounded(result.energyTce()),
                    rounded(result.co2T()),
                    rounded(result.valueAdded()),
                    rounded(result.energyIntensity()),
                    rounded(result.co2Intensity()),
                    rounded(result.co2IntensityChange()),
                    rounded(result.co2AverageAnnualChange()),
                    name(result.energyIntensityStatus()),
                    name(result.co2Status()));
        }
    }
}
