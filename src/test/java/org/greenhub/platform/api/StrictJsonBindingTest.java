package org.greenhub.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;

/** Issue 10: JSON bodies are bound exactly as sent, or refused with the field named. */
class StrictJsonBindingTest {

    enum Colour {
        GREEN,
        BLUE
    }

    record Figures(
            Integer employees,
            Long big,
            int count,
            BigDecimal revenue,
            Double share,
            Boolean recognised,
            LocalDate from,
            String note,
            Colour colour,
            List<Item> items,
            @JsonbProperty("renamed") String original) {}

    record Item(String code, Integer value) {}

    private static Figures figures(String json) {
        return (Figures) StrictJsonBinding.bind(json, Figures.class);
    }

    private static DomainException refused(String json) {
        return assertThrows(DomainException.class, () -> figures(json));
    }

    private static void refused(String json, String field, String code) {
        DomainException refusal = refused(json);
        assertEquals(field, refusal.field(), json);
        assertEquals(code, refusal.messageKey(), json);
        assertEquals(DomainException.Kind.INVALID, refusal.kind());
    }

    @Test
    void exactValuesAreBound() {
        Figures f = figures("""
                {"employees": 12, "big": 1e3, "count": 3, "revenue": 820000.50, "share": 0.25, "recognised": true, "from": "2025-07-01",
                 "note": "two\\nlines", "colour": "GREEN", "items": [{"code": "a", "value": 1}], "renamed": "x"}""");
        assertEquals(12, f.employees());
        assertEquals(1000L, f.big());
        assertEquals(3, f.count());
        assertEquals(new BigDecimal("820000.50"), f.revenue());
        assertEquals(0.25, f.share());
        assertTrue(f.recognised());
        assertEquals(LocalDate.of(2025, 7, 1), f.from());
        assertEquals("two\nlines", f.note());
        assertEquals(Colour.GREEN, f.colour());
        assertEquals(List.of(new Item("a", 1)), f.items());
        assertEquals("x", f.original());
    }

    @Test
    void missingAndNullFieldsAreNullButPrimitivesAreRequired() {
        Figures f = figures("{\"count\": 0, \"employees\": null}");
        assertNull(f.employees());
        assertNull(f.items());
        refused("{}", "count", "platform.validation.required");
        assertNull(StrictJsonBinding.bind("  ", Figures.class));
        assertNull(StrictJsonBinding.bind("null", Figures.class));
    }

    @Test
    void numbersAreNeitherWrappedNorTruncated() {
        refused("{\"count\": 0, \"employees\": 4294967301}", "employees", "platform.api.json.expectedInteger");
        refused("{\"count\": 0, \"employees\": 1.5}", "employees", "platform.api.json.expectedInteger");
        refused("{\"count\": 0, \"employees\": \"12\"}", "employees", "platform.api.json.expectedInteger");
        refused("{\"count\": 0, \"employees\": 1e1000000000}", "employees", "platform.api.json.expectedInteger");
        refused("{\"count\": 0, \"big\": 99999999999999999999}", "big", "platform.api.json.expectedInteger");
        refused("{\"count\": 0, \"revenue\": 1e1000000000}", "revenue", "platform.api.json.numberTooLarge");
        refused("{\"count\": 0, \"share\": \"0.5\"}", "share", "platform.api.json.expectedNumber");
        refused("{\"count\": 2147483648}", "count", "platform.api.json.expectedInteger");
        assertEquals(2, figures("{\"count\": 2.0}").count());
    }

    @Test
    void nothingIsCoerced() {
        refused("{\"count\": 0, \"recognised\": \"yes\"}", "recognised", "platform.api.json.expectedBoolean");
        refused("{\"count\": 0, \"recognised\": 1}", "recognised", "platform.api.json.expectedBoolean");
        refused("{\"count\": 0, \"note\": 5}", "note", "platform.api.json.expectedText");
        refused("{\"count\": 0, \"from\": \"01/07/2025\"}", "from", "platform.validation.date");
        refused("{\"count\": 0, \"colour\": \"green\"}", "colour", "platform.api.json.expectedOneOf");
        refused("{\"count\": 0, \"items\": {\"code\": \"a\"}}", "items", "platform.api.json.expectedList");
        refused("{\"count\": 0, \"items\": [{\"code\": 1}]}", "items[0].code", "platform.api.json.expectedText");
        refused("[1]", "body", "platform.api.json.expectedObject");
    }

    @Test
    void unknownAndRepeatedFieldsAreRefused() {
        refused("{\"count\": 0, \"employes\": 3}", "employes", "platform.api.json.unknownField");
        refused(
                "{\"count\": 0, \"items\": [{\"code\": \"a\", \"extra\": true}]}",
                "items[0].extra",
                "platform.api.json.unknownField");
        refused("{\"count\": 0, \"original\": \"x\"}", "original", "platform.api.json.unknownField");
        refused("{\"count\": 0, \"count\": 1}", "count", "platform.api.json.duplicateField");
    }

    @Test
    void controlCharactersInTextAreRefused() {
        refused("{\"count\": 0, \"note\": \"a\\u0000b\"}", "note", "platform.validation.forbiddenCharacters");
        refused(
                "{\"count\": 0, \"items\": [{\"code\": \"\\u001b\"}]}",
                "items[0].code",
                "platform.validation.forbiddenCharacters");
        assertEquals(
                "tab\there", figures("{\"count\": 0, \"note\": \"tab\\there\"}").note());
    }

    @Test
    void malformedJsonIsASyntaxError() {
        assertThrows(JsonbException.class, () -> figures("{\"count\": "));
        assertThrows(JsonbException.class, () -> figures("{\"count\": 0} {}"));
        assertThrows(JsonbException.class, () -> figures("[".repeat(100) + "]".repeat(100)));
    }

    @Test
    void topLevelListsAreBoundToo() throws Exception {
        Type strings = StrictJsonBindingTest.class.getDeclaredMethod("roles").getGenericReturnType();
        assertTrue(StrictJsonBinding.supports(strings));
        assertEquals(List.of("JUDGE"), StrictJsonBinding.bind("[\"JUDGE\"]", strings));
        DomainException wrapped =
                assertThrows(DomainException.class, () -> StrictJsonBinding.bind("\"JUDGE\"", strings));
        assertEquals("platform.api.json.expectedList", wrapped.messageKey());
        assertFalse(StrictJsonBinding.supports(jakarta.json.JsonObject.class));
        assertFalse(StrictJsonBinding.supports(java.util.Map.class));
    }

    record Energy(java.util.Map<String, BigDecimal> quantities) {}

    @Test
    void mapsKeepTheCallersKeysInOrderAndCheckTheirValues() {
        Energy energy = (Energy)
                StrictJsonBinding.bind("{\"quantities\": {\"rawCoal\": 2.5, \"electricity\": 10}}", Energy.class);
        assertEquals(
                List.of("rawCoal", "electricity"),
                List.copyOf(energy.quantities().keySet()));
        assertEquals(new BigDecimal("2.5"), energy.quantities().get("rawCoal"));
        DomainException notANumber = assertThrows(
                DomainException.class,
                () -> StrictJsonBinding.bind("{\"quantities\": {\"rawCoal\": \"2.5\"}}", Energy.class));
        assertEquals("quantities.rawCoal", notANumber.field());
        assertEquals("platform.api.json.expectedNumber", notANumber.messageKey());
        DomainException notAnObject = assertThrows(
                DomainException.class, () -> StrictJsonBinding.bind("{\"quantities\": [1]}", Energy.class));
        assertEquals("platform.api.json.expectedObject", notAnObject.messageKey());
        DomainException repeated = assertThrows(
                DomainException.class,
                () -> StrictJsonBinding.bind("{\"quantities\": {\"heat\": 1, \"heat\": 2}}", Energy.class));
        assertEquals("quantities.heat", repeated.field());
        assertEquals("platform.api.json.duplicateField", repeated.messageKey());
        DomainException control = assertThrows(
                DomainException.class,
                () -> StrictJsonBinding.bind("{\"quantities\": {\"he\\u0000at\": 1}}", Energy.class));
        assertEquals("platform.validation.forbiddenCharacters", control.messageKey());
    }

    @SuppressWarnings("unused")
    private static List<String> roles() {
        return List.of();
    }
}
