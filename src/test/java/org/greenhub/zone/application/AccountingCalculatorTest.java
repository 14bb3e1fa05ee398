package org.greenhub.zone.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.greenhub.platform.api.StrictJsonBinding;
import org.greenhub.platform.error.DomainException;
import org.greenhub.zone.JsonAssertions;
import org.greenhub.zone.application.AccountingCalculator.AccountingRequest;
import org.greenhub.zone.application.AccountingCalculator.AccountingResponse;
import org.greenhub.zone.application.AccountingCalculator.ZoneYearOutput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The zone accounting calculator as the server runs it: the body bound by the platform's strict binding, the answer
 * written by Yasson. The worked example must come back exactly; every bad input is a 422 naming the item; every
 * figure that cannot be computed is written as null.
 */
class AccountingCalculatorTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** Electricity 0.1 tce and 0.5 t CO2 per MWh; raw coal 0.7 tce and 2 t CO2 per t. */
    private static final String FACTORS = """
            "factors": {"electricity": {"tcePerUnit": 0.1, "co2PerUnit": 0.5}, "rawCoal": {"tcePerUnit": 0.7, "co2PerUnit": 2}}""";

    private final AccountingCalculator calculator = new AccountingCalculator();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private AccountingResponse calculate(String json) {
        return calculator.calculate((AccountingRequest) StrictJsonBinding.bind(json, AccountingRequest.class));
    }

    private JsonObject answer(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(JSONB.toJson(calculate(json))))) {
            return reader.readObject();
        }
    }

    /** A request with the test factors, base year 2020 and the given enterprises (and optional targets). */
    private static String request(String targets, String enterprises) {
        return "{" + FACTORS + ", \"baseYear\": 2020" + (targets == null ? "" : ", \"targets\": " + targets)
                + ", \"enterprises\": [" + enterprises + "]}";
    }

    private static String enterprise(String id, String... years) {
        return "{\"id\": \"" + id + "\", \"years\": [" + String.join(", ", years) + "]}";
    }

    private static String year(int year, String valueAdded, String energy) {
        return "{\"year\": " + year + ", \"valueAdded\": " + valueAdded + ", \"energy\": {" + energy + "}}";
    }

    private DomainException refused(String json, String field, String code) {
        DomainException refusal = assertThrows(DomainException.class, () -> calculate(json), json);
        assertEquals(DomainException.Kind.INVALID, refusal.kind());
        assertEquals(field, refusal.field(), json);
        assertEquals(code, refusal.messageKey(), json);
        return refusal;
    }

    private static ZoneYearOutput zoneYear(AccountingResponse response, int year) {
        return response.zoneYears().stream()
                .filter(z -> z.year() == year)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void answersTheWorkedExampleExactly() throws Exception {
        JsonObject example;
        try (InputStream in = getClass().getResourceAsStream("/zone/zone-accounting-example.json");
                JsonReader reader = Json.createReader(in)) {
            example = reader.readObject();
        }
        JsonObject answer = answer(example.getJsonObject("request").toString());
        JsonAssertions.assertSameJson(example.getJsonObject("response"), answer, "$");
    }

    @Test
    void energyCountsGreenElectricityAsElectricityButCo2LeavesItOut() {
        AccountingResponse response = calculate(request(
                null,
                enterprise("A", year(2020, "50", "\"electricity\": 100, \"greenElectricity\": 40, \"rawCoal\": 10"))));
        var only = response.enterpriseYears().get(0);
        assertEquals(0, new BigDecimal("17").compareTo(only.energyTce()), "100 × 0.1 + 10 × 0.7");
        assertEquals(0, new BigDecimal("50").compareTo(only.co2T()), "(100 − 40) × 0.5 + 10 × 2");
        assertEquals(0, new BigDecimal("0.34").compareTo(only.energyIntensity()));
        assertEquals(0, BigDecimal.ONE.compareTo(only.co2Intensity()));
    }

    @Test
    void theYearOnYearChangeUsesOnlyEnterprisesDeclaredInBothYears() {
        AccountingResponse response = calculate(request(
                null,
                String.join(
                        ", ",
                        enterprise("A", year(2020, "100", "\"rawCoal\": 10"), year(2021, "100", "\"rawCoal\": 9")),
                        enterprise("B", year(2021, "100", "\"rawCoal\": 30")))));
        ZoneYearOutput first = zoneYear(response, 2020);
        ZoneYearOutput second = zoneYear(response, 2021);
        assertNull(first.co2IntensityChange(), "the first year has no change");
        assertEquals(new BigDecimal("-0.1"), second.co2IntensityChange(), "A alone: 0.18 / 0.2 − 1");
        assertEquals(new BigDecimal("0.95"), second.co2AverageAnnualChange(), "all of 2021: 0.39 / 0.2 − 1");
        assertEquals(new BigDecimal("0.39"), second.co2Intensity());
        assertEquals("NOT_MET", second.co2Status());
    }

    @Test
    void noEnterpriseInBothYearsOrNoPreviousYearGivesNoChange() {
        AccountingResponse response = calculate(request(
                null,
                String.join(
                        ", ",
                        enterprise("A", year(2020, "100", "\"rawCoal\": 10")),
                        enterprise("B", year(2021, "100", "\"rawCoal\": 30")),
                        enterprise("C", year(2023, "50", "\"electricity\": 100, \"greenElectricity\": 40")))));
        assertNull(zoneYear(response, 2021).co2IntensityChange(), "A and B share no year");
        assertNull(zoneYear(response, 2023).co2IntensityChange(), "nobody declared 2022");
        assertEquals(
                List.of(2020, 2021, 2023),
                response.zoneYears().stream().map(ZoneYearOutput::year).toList());
        // (0.6 / 0.2)^(1/3) − 1: the root is taken over the years since the base year, gaps included.
        assertEquals(new BigDecimal("0.44225"), zoneYear(response, 2023).co2AverageAnnualChange());
    }

    @Test
    void yearsAtOrBeforeTheBaseYearHaveNoAverageChangeNorCo2Status() {
        String enterprises = enterprise(
                "A",
                year(2020, "100", "\"rawCoal\": 10"),
                year(2021, "100", "\"rawCoal\": 9"),
                year(2022, "100", "\"rawCoal\": 8"));
        AccountingResponse response =
                calculate(request(null, enterprises).replace("\"baseYear\": 2020", "\"baseYear\": 2021"));
        for (int year : new int[] {2020, 2021}) {
            assertNull(zoneYear(response, year).co2AverageAnnualChange(), year + " is not after the base year");
            assertNull(zoneYear(response, year).co2Status(), String.valueOf(year));
        }
        assertEquals(new BigDecimal("-0.111111"), zoneYear(response, 2022).co2AverageAnnualChange(), "16 / 18 − 1");
        assertEquals("MET", zoneYear(response, 2022).co2Status());
    }

    @Test
    void aBaseYearWithoutDataGivesNoAverageChangeInAnyYear() {
        String enterprises = enterprise("A", year(2020, "100", "\"rawCoal\": 10"), year(2021, "100", "\"rawCoal\": 9"));
        AccountingResponse response =
                calculate(request(null, enterprises).replace("\"baseYear\": 2020", "\"baseYear\": 2019"));
        for (ZoneYearOutput zoneYear : response.zoneYears()) {
            assertNull(zoneYear.co2AverageAnnualChange(), String.valueOf(zoneYear.year()));
            assertNull(zoneYear.co2Status(), String.valueOf(zoneYear.year()));
        }
        assertEquals(
                new BigDecimal("-0.1"),
                zoneYear(response, 2021).co2IntensityChange(),
                "the year-on-year change needs no base year");
    }

    @Test
    void withoutTargetsThereIsNoEnergyStatusAndTheCo2TargetIsMinusFourPercentInclusive() {
        AccountingResponse response = calculate(request(
                null, enterprise("A", year(2020, "100", "\"rawCoal\": 10"), year(2021, "100", "\"rawCoal\": 9.6"))));
        ZoneYearOutput second = zoneYear(response, 2021);
        assertNull(second.energyIntensityStatus());
        assertEquals(new BigDecimal("-0.04"), second.co2AverageAnnualChange());
        assertEquals("MET", second.co2Status(), "exactly −4 % meets the target");
    }

    @Test
    void anEnergyIntensityAtTheTargetMeetsItAndAboveDoesNot() {
        String enterprises = enterprise("A", year(2020, "100", "\"rawCoal\": 10"));
        assertEquals(
                "MET",
                calculate(request("{\"energyIntensity\": 0.07}", enterprises))
                        .zoneYears()
                        .get(0)
                        .energyIntensityStatus());
        assertEquals(
                "NOT_MET",
                calculate(request("{\"energyIntensity\": 0.069999}", enterprises))
                        .zoneYears()
                        .get(0)
                        .energyIntensityStatus());
    }

    @Test
    void nullFiguresAreWrittenAsNullAndNumbersWithoutExponent() {
        String json = JSONB.toJson(calculate(request(null, enterprise("A", year(2020, "100", "\"rawCoal\": 1000")))));
        JsonObject zoneYear;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            zoneYear = reader.readObject().getJsonArray("zoneYears").getJsonObject(0);
        }
        for (String key :
                List.of("co2IntensityChange", "co2AverageAnnualChange", "energyIntensityStatus", "co2Status")) {
            assertEquals(JsonValue.NULL, zoneYear.get(key), key);
        }
        assertTrue(
                json.contains("\"energyTce\":700,")
                        && json.contains("\"co2T\":2000,")
                        && json.contains("\"valueAdded\":100,"),
                json);
    }

    @Test
    void figuresAreRoundedToSixDecimalsWithExactHalvesTowardsZero() {
        assertEquals(new BigDecimal("0.333333"), AccountingCalculator.rounded(new BigDecimal("0.3333333333")));
        assertEquals(new BigDecimal("0.666667"), AccountingCalculator.rounded(new BigDecimal("0.6666666666")));
        // The worked example's E0001-99 in 2022 is exactly 21242.7691475 tce, answered 21242.769147.
        assertEquals(new BigDecimal("21242.769147"), AccountingCalculator.rounded(new BigDecimal("21242.7691475")));
        assertEquals(new BigDecimal("21242.769148"), AccountingCalculator.rounded(new BigDecimal("21242.76914750001")));
        assertEquals(new BigDecimal("-0.04"), AccountingCalculator.rounded(new BigDecimal("-0.0400005")));
        assertEquals(
                "1200", AccountingCalculator.rounded(new BigDecimal("1.2E+3")).toString());
    }

    @Test
    void aNegativeOrNonNumericQuantityIsRefusedNamingIt() {
        DomainException negative = refused(
                request(null, enterprise("A", year(2020, "100", "\"rawCoal\": -1"))),
                "enterprises[0].years[0].energy.rawCoal",
                "zone.accounting.negativeQuantity");
        assertEquals(List.of("A", "2020", "rawCoal", "-1"), List.of(negative.args()));
        refused(
                request(null, enterprise("A", year(2020, "100", "\"rawCoal\": \"ten\""))),
                "enterprises[0].years[0].energy.rawCoal",
                "platform.api.json.expectedNumber");
        refused(
                request(null, enterprise("A", year(2020, "100", "\"rawCoal\": null"))),
                "enterprises[0].years[0].energy.rawCoal",
                "zone.accounting.required");
    }

    @Test
    void anUnknownCarrierIsRefusedInEnergyAndInFactors() {
        refused(
                request(null, enterprise("A", year(2020, "100", "\"coal\": 1"))),
                "enterprises[0].years[0].energy.coal",
                "zone.accounting.unknownCarrier");
        refused(
                request(null, enterprise("A", year(2020, "100", "\"rawCoal\": 1")))
                        .replace("\"rawCoal\": {", "\"lignite\": {"),
                "factors.lignite",
                "zone.accounting.unknownCarrier");
        refused(
                request(null, enterprise("A", year(2020, "100", "\"electricity\": 1")))
                        .replace("\"rawCoal\": {", "\"greenElectricity\": {"),
                "factors.greenElectricity",
                "zone.accounting.greenElectricityFactor");
    }

    @Test
    void greenElectricityAboveAllElectricityIsRefused() {
        DomainException refusal = refused(
                request(null, enterprise("A", year(2020, "100", "\"electricity\": 10, \"greenElectricity\": 10.5"))),
                "enterprises[0].years[0].energy.greenElectricity",
                "zone.accounting.greenAboveElectricity");
        assertEquals(List.of("A", "2020", "10.5", "10"), List.of(refusal.args()));
        refused(
                request(null, enterprise("A", year(2020, "100", "\"greenElectricity\": 1"))),
                "enterprises[0].years[0].energy.greenElectricity",
                "zone.accounting.greenAboveElectricity");
        calculate(request(null, enterprise("A", year(2020, "100", "\"electricity\": 10, \"greenElectricity\": 10"))));
    }

    @Test
    void valueAddedMustBeAboveZero() {
        refused(
                request(null, enterprise("A", year(2020, "0", "\"rawCoal\": 1"))),
                "enterprises[0].years[0].valueAdded",
                "zone.accounting.valueAddedNotPositive");
        refused(
                request(null, enterprise("A", year(2020, "-5", "\"rawCoal\": 1"))),
                "enterprises[0].years[0].valueAdded",
                "zone.accounting.valueAddedNotPositive");
        refused(
                request(null, "{\"id\": \"A\", \"years\": [{\"year\": 2020, \"energy\": {}}]}"),
                "enterprises[0].years[0].valueAdded",
                "zone.accounting.required");
    }

    @Test
    void anEnterpriseYearDeclaredTwiceIsRefusedEvenAcrossEntries() {
        refused(
                request(null, enterprise("A", year(2020, "100", ""), year(2020, "90", ""))),
                "enterprises[0].years[1].year",
                "zone.accounting.duplicateYear");
        refused(
                request(
                        null,
                        enterprise("A", year(2020, "100", "")) + ", " + enterprise("B", year(2020, "100", "")) + ", "
                                + enterprise("A", year(2021, "100", ""), year(2020, "100", ""))),
                "enterprises[2].years[1].year",
                "zone.accounting.duplicateYear");
    }

    @Test
    void aCarrierInUseNeedsAFactorButAZeroDoesNot() {
        DomainException refusal = refused(
                request(null, enterprise("A", year(2020, "100", "\"diesel\": 2"))),
                "factors.diesel",
                "zone.accounting.missingFactor");
        assertEquals(List.of("diesel", "A", "2020"), List.of(refusal.args()));
        AccountingResponse zero =
                calculate(request(null, enterprise("A", year(2020, "100", "\"diesel\": 0, \"rawCoal\": 1"))));
        assertEquals(new BigDecimal("0.7"), zero.enterpriseYears().get(0).energyTce());
    }

    @Test
    void aNegativeFactorIsRefused() {
        refused(
                request(null, enterprise("A", year(2020, "100", "\"rawCoal\": 1")))
                        .replace("\"co2PerUnit\": 2", "\"co2PerUnit\": -2"),
                "factors.rawCoal.co2PerUnit",
                "zone.accounting.negativeFactor");
        refused(
                request(null, enterprise("A", year(2020, "100", "\"rawCoal\": 1")))
                        .replace("\"co2PerUnit\": 2", "\"co2PerUnit\": null"),
                "factors.rawCoal.co2PerUnit",
                "zone.accounting.required");
    }

    @Test
    void missingPartsAreRequiredAndNamed() {
        assertEquals(
                "body",
                assertThrows(DomainException.class, () -> calculator.calculate(null))
                        .field());
        String valid = request(null, enterprise("A", year(2020, "100", "\"rawCoal\": 1")));
        refused(valid.replace(FACTORS + ", ", ""), "factors", "zone.accounting.required");
        refused(valid.replace("\"baseYear\": 2020, ", ""), "baseYear", "zone.accounting.required");
        refused(request(null, ""), "enterprises", "zone.accounting.noEnterprises");
        refused(request(null, "{\"id\": \" \", \"years\": []}"), "enterprises[0].id", "zone.accounting.required");
        refused(request(null, "{\"id\": \"A\"}"), "enterprises[0].years", "zone.accounting.required");
        refused(
                request(null, "{\"id\": \"A\", \"years\": [{\"valueAdded\": 1}]}"),
                "enterprises[0].years[0].year",
                "zone.accounting.required");
    }

    @Test
    void yearsOutsideTheAccountedRangeAreRefused() {
        refused(
                request(null, enterprise("A", year(1899, "100", ""))),
                "enterprises[0].years[0].year",
                "zone.accounting.yearOutOfRange");
        refused(
                request(null, enterprise("A", year(2020, "100", "")))
                        .replace("\"baseYear\": 2020", "\"baseYear\": 2101"),
                "baseYear",
                "zone.accounting.yearOutOfRange");
    }
}
