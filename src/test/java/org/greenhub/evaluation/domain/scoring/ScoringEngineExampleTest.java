package org.greenhub.evaluation.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The engine must reproduce the published worked example exactly, for every method. */
class ScoringEngineExampleTest {

    private final ScoringEngine engine = new ScoringEngine();
    private final JsonObject example = ScoringExample.json();
    private final ScoringInput input = ScoringExample.input(example.getJsonObject("request"));

    @TestFactory
    Stream<DynamicTest> reproducesTheExpectedResponseOfEveryMethod() {
        JsonObject expected = example.getJsonObject("expected");
        assertEquals(AggregationMethod.values().length, expected.size(), "the example covers every method");
        return expected.keySet().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    JsonObject response = expected.getJsonObject(name);
                    Method method = ScoringExample.method(response.getJsonObject("method"));
                    assertEquals(AggregationMethod.valueOf(name), method.type());
                    assertMatches(response, engine.rank(input, method));
                }));
    }

    @Test
    void everyMethodAtOnceGivesWhatEachMethodGivesAlone() {
        Map<AggregationMethod, ScoringResult> all =
                engine.rankUnderEveryMethod(input, Method.of(AggregationMethod.MEAN));
        assertEquals(AggregationMethod.values().length, all.size());
        for (AggregationMethod type : AggregationMethod.values()) {
            assertEquals(engine.rank(input, Method.of(type)), all.get(type), type.name());
            assertMatches(example.getJsonObject("expected").getJsonObject(type.name()), all.get(type));
        }
    }

    @Test
    void theOrderOfTheScoresDoesNotChangeTheResult() {
        List<Score> shuffled = new ArrayList<>(input.scores());
        Collections.shuffle(shuffled, new java.util.Random(7));
        ScoringInput reordered = new ScoringInput(input.criteria(), input.tieBreak(), shuffled);
        for (AggregationMethod type : AggregationMethod.values()) {
            assertEquals(engine.rank(input, Method.of(type)), engine.rank(reordered, Method.of(type)), type.name());
        }
    }

    static void assertMatches(JsonObject expected, ScoringResult actual) {
        List<JsonObject> results = expected.getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(results.size(), actual.results().size(), "number of ranked entries");
        for (int i = 0; i < results.size(); i++) {
            JsonObject want = results.get(i);
            RankedEntry got = actual.results().get(i);
            String where = "results[" + i + "]";
            assertEquals(want.getString("entry"), got.entry(), where + ".entry");
            assertEquals(want.getInt("rank"), got.rank(), where + ".rank");
            assertEquals(number(want.get("score")), got.score(), where + ".score");
            assertEquals(want.getInt("judges"), got.judges(), where + ".judges");
            assertEquals(want.getBoolean("tied"), got.tied(), where + ".tied");
            JsonObject criteria = want.getJsonObject("criteria");
            assertEquals(
                    List.copyOf(criteria.keySet()), List.copyOf(got.criteria().keySet()), where + ".criteria order");
            criteria.forEach((code, value) ->
                    assertEquals(number(value), got.criteria().get(code), where + ".criteria." + code));
        }
        List<JsonObject> judges = expected.getJsonArray("judges").getValuesAs(JsonObject.class);
        assertEquals(judges.size(), actual.judges().size(), "number of judges");
        for (int i = 0; i < judges.size(); i++) {
            JsonObject want = judges.get(i);
            JudgeStatistics got = actual.judges().get(i);
            assertEquals(want.getString("judge"), got.judge());
            assertEquals(number(want.get("mean")), got.mean(), got.judge() + ".mean");
            assertEquals(number(want.get("sd")), got.sd(), got.judge() + ".sd");
            assertEquals(
                    want.getJsonArray("flags").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString)
                            .toList(),
                    got.flags().stream().map(Enum::name).sorted().toList(),
                    got.judge() + ".flags");
        }
        List<OutlierScore> outliers = expected.getJsonArray("outliers").getValuesAs(JsonObject.class).stream()
                .map(o -> new OutlierScore(o.getString("entry"), o.getString("judge")))
                .toList();
        assertEquals(outliers, actual.outliers());
        JsonValue kendallW = expected.get("kendallW");
        if (kendallW.getValueType() == JsonValue.ValueType.NULL) {
            assertFalse(actual.kendallW().isPresent(), "kendallW");
        } else {
            assertTrue(actual.kendallW().isPresent(), "kendallW");
            assertEquals(number(kendallW), actual.kendallW().getAsDouble(), "kendallW");
        }
    }

    private static double number(JsonValue value) {
        return ((JsonNumber) value).doubleValue();
    }
}
