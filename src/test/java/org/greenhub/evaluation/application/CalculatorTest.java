package org.greenhub.evaluation.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.io.StringReader;
import java.util.stream.Stream;
import org.greenhub.evaluation.application.Calculator.CalculationRequest;
import org.greenhub.evaluation.application.Calculator.CalculationResponse;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The calculator's JSON, read and written by Yasson as the server does: the published example must come back
 * exactly, and missing fields must be a 422 naming the field, not a 500.
 */
class CalculatorTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final Calculator resource = new Calculator();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @TestFactory
    Stream<DynamicTest> answersThePublishedExampleExactly() throws Exception {
        JsonObject example;
        try (InputStream in = getClass().getResourceAsStream("/evaluation/scoring-example.json");
                JsonReader reader = Json.createReader(in)) {
            example = reader.readObject();
        }
        JsonObject request = example.getJsonObject("request");
        JsonObject expected = example.getJsonObject("expected");
        return expected.keySet().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    JsonObject withMethod = Json.createObjectBuilder(request)
                            .add("method", expected.getJsonObject(name).getJsonObject("method"))
                            .build();
                    JsonObject answer = parse(JSONB.toJson(
                            resource.calculate(JSONB.fromJson(withMethod.toString(), CalculationRequest.class))));
                    assertSameJson(expected.getJsonObject(name), answer, "$");
                }));
    }

    @Test
    void writesKendallsWAsNullWhenNotEveryJudgeScoredEveryEntry() {
        String body = """
                {"criteria":[{"code":"tech","weight":1,"min":0,"max":10}],"method":{"type":"MEAN"},
                 "scores":[{"entry":"E1","judge":"J1","criterion":"tech","value":7.5},
                           {"entry":"E2","judge":"J2","criterion":"tech","value":5}]}""";
        JsonObject answer = parse(JSONB.toJson(calculate(body)));
        assertTrue(answer.containsKey("kendallW"), answer.toString());
        assertEquals(JsonValue.NULL, answer.get("kendallW"));
        assertEquals(
                75.0,
                answer.getJsonArray("results")
                        .getJsonObject(0)
                        .getJsonNumber("score")
                        .doubleValue());
        assertEquals(
                JsonValue.ValueType.ARRAY,
                answer.getJsonArray("judges").getJsonObject(0).get("flags").getValueType());
    }

    @Test
    void fillsInTheDefaultTrimAndOutlierGap() {
        String body = """
                {"criteria":[{"code":"tech","weight":1,"min":0,"max":10}],"method":{"type":"trimmed_mean"},
                 "scores":[{"entry":"E1","judge":"J1","criterion":"tech","value":7}]}""";
        CalculationResponse response = calculate(body);
        assertEquals(new Calculator.MethodInput("TRIMMED_MEAN", 1, 25.0), response.method());
    }

    @Test
    void refusesMissingFieldsNamingThem() {
        assertRequired("{}", "method");
        assertRequired("{\"method\":{}}", "method.type");
        assertRequired("""
                {"method":{"type":"MEAN"},"criteria":[{"code":"tech","min":0,"max":10}]}""", "criteria[0].weight");
        assertRequired("""
                {"method":{"type":"MEAN"},"criteria":[{"code":"tech","weight":1,"min":0,"max":10}],
                 "scores":[{"entry":"E1","judge":"J1","criterion":"tech"}]}""", "scores[0].value");
        assertRequired("""
                {"method":{"type":"MEAN"},"criteria":[{"code":"tech","weight":1,"min":0,"max":10}],
                 "scores":[{"judge":"J1","criterion":"tech","value":3}]}""", "scores[0].entry");
        assertRequired("""
                {"method":{"type":"MEAN"},"criteria":[{"code":"tech","weight":1,"min":0,"max":10}],
                 "scores":[null]}""", "scores[0]");
        DomainException noBody = assertThrows(DomainException.class, () -> resource.calculate(null));
        assertEquals("evaluation.calculator.required", noBody.messageKey());
    }

    @Test
    void refusesAnUnknownMethod() {
        DomainException refusal =
                assertThrows(DomainException.class, () -> calculate("{\"method\":{\"type\":\"BORDA\"}}"));
        assertEquals(422, refusal.kind().status);
        assertEquals("evaluation.calculator.unknownMethod", refusal.messageKey());
        assertArrayEquals(new Object[] {"BORDA"}, refusal.args());
    }

    @Test
    void refusesMissingCriteriaAndScoresWithTheEnginesKeys() {
        assertEquals(
                "evaluation.calculator.noCriteria",
                assertThrows(DomainException.class, () -> calculate("{\"method\":{\"type\":\"MEAN\"}}"))
                        .messageKey());
        assertEquals(
                "evaluation.calculator.noScores",
                assertThrows(DomainException.class, () -> calculate("""
                {"method":{"type":"MEAN"},"criteria":[{"code":"tech","weight":1,"min":0,"max":10}]}""")).messageKey());
    }

    private CalculationResponse calculate(String body) {
        return resource.calculate(JSONB.fromJson(body, CalculationRequest.class));
    }

    private void assertRequired(String body, String field) {
        DomainException refusal = assertThrows(DomainException.class, () -> calculate(body), field);
        assertEquals(422, refusal.kind().status);
        assertEquals("evaluation.calculator.required", refusal.messageKey(), field);
        assertEquals(field, refusal.field());
        assertArrayEquals(new Object[] {field}, refusal.args());
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Same members, same array order; numbers compared by value (25 and 25.0 are the same number). */
    private static void assertSameJson(JsonValue expected, JsonValue actual, String path) {
        if (expected instanceof JsonNumber number) {
            assertTrue(actual instanceof JsonNumber, path + " should be a number, is " + actual);
            assertEquals(
                    0,
                    number.bigDecimalValue().compareTo(((JsonNumber) actual).bigDecimalValue()),
                    path + ": " + expected + " vs " + actual);
        } else if (expected instanceof JsonObject object) {
            assertTrue(actual instanceof JsonObject, path + " should be an object, is " + actual);
            assertEquals(object.keySet(), ((JsonObject) actual).keySet(), path + " members");
            object.forEach((key, value) -> assertSameJson(value, ((JsonObject) actual).get(key), path + "." + key));
        } else if (expected instanceof JsonArray array) {
            assertTrue(actual instanceof JsonArray, path + " should be an array, is " + actual);
            assertEquals(array.size(), ((JsonArray) actual).size(), path + " length");
            for (int i = 0; i < array.size(); i++) {
                assertSameJson(array.get(i), ((JsonArray) actual).get(i), path + "[" + i + "]");
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }
}
