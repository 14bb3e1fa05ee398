package org.greenhub.evaluation.domain.scoring;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published worked example (src/test/resources/evaluation/scoring-example.json), read as domain objects. */
final class ScoringExample {

    static final String RESOURCE = "/evaluation/scoring-example.json";

    private ScoringExample() {}

    static JsonObject json() {
        try (InputStream in = ScoringExample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + RESOURCE);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScoringInput input(JsonObject request) {
        List<Criterion> criteria = request.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .map(c -> new Criterion(
                        c.getString("code"),
                        c.getJsonNumber("weight").doubleValue(),
                        c.getJsonNumber("min").doubleValue(),
                        c.getJsonNumber("max").doubleValue()))
                .toList();
        List<String> tieBreak = request.getJsonArray("tieBreak").getValuesAs(JsonValue::toString).stream()
                .map(quoted -> quoted.substring(1, quoted.length() - 1))
                .toList();
        List<Score> scores = request.getJsonArray("scores").getValuesAs(JsonObject.class).stream()
                .map(s -> new Score(
                        s.getString("entry"),
                        s.getString("judge"),
                        s.getString("criterion"),
                        s.getJsonNumber("value").doubleValue()))
                .toList();
        return new ScoringInput(criteria, tieBreak, scores);
    }

    static Method method(JsonObject method) {
        return new Method(
                AggregationMethod.valueOf(method.getString("type")),
                method.getInt("trim"),
                method.getJsonNumber("outlierGap").doubleValue());
    }
}
