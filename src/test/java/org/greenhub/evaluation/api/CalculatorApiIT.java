package org.greenhub.evaluation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public calculator over HTTP, without signing in: the published example, refusals, the size limit. */
class CalculatorApiIT extends HttpTest {

    private Http http;
    private JsonObject example;

    @BeforeEach
    void load() throws Exception {
        http = new Http(base);
        try (InputStream in = getClass().getResourceAsStream("/evaluation/scoring-example.json");
                var reader = Json.createReader(in)) {
            example = reader.readObject();
        }
    }

    private HttpResponse<String> post(String body) {
        return http.send(
                "POST", "/api/evaluation/calculate", null, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyMethodGivesThePublishedResultsOverHttp() {
        for (String method : example.getJsonObject("expected").keySet()) {
            JsonObject expected = example.getJsonObject("expected").getJsonObject(method);
            JsonObject request = Json.createObjectBuilder(example.getJsonObject("request"))
                    .add("method", expected.getJsonObject("method"))
                    .build();
            HttpResponse<String> response = post(request.toString());
            assertEquals(200, response.statusCode(), response.body());
            JsonObject actual = Http.json(response);
            assertEquals(expected.getJsonArray("results"), actual.getJsonArray("results"), method + " results");
            assertEquals(expected.getJsonArray("judges"), actual.getJsonArray("judges"), method + " judges");
            assertEquals(expected.getJsonArray("outliers"), actual.getJsonArray("outliers"), method + " outliers");
            assertEquals(expected.get("kendallW"), actual.get("kendallW"), method + " W");
        }
    }

    @Test
    void aValueOutOfRangeIs422NamingTheScore() {
        JsonArray scores = example.getJsonObject("request").getJsonArray("scores");
        JsonObject bad = Json.createObjectBuilder(scores.getJsonObject(0))
                .add("value", 11)
                .build();
        JsonObject request = Json.createObjectBuilder(example.getJsonObject("request"))
                .add("method", Json.createObjectBuilder().add("type", "MEAN"))
                .add("scores", Json.createArrayBuilder(scores).set(0, bad))
                .build();
        HttpResponse<String> response = post(request.toString());
        assertEquals(422, response.statusCode(), response.body());
        JsonObject problem = Http.json(response);
        assertTrue(problem.getString("code").startsWith("evaluation.calculator."), problem.toString());
        assertEquals("scores[0]", problem.getString("field"));
    }

    @Test
    void noScoresIs422() {
        JsonObject request = Json.createObjectBuilder(example.getJsonObject("request"))
                .add("method", Json.createObjectBuilder().add("type", "MEDIAN"))
                .add("scores", JsonValue.EMPTY_JSON_ARRAY)
                .build();
        assertEquals(422, post(request.toString()).statusCode());
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = "{\"criteria\":[],\"padding\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = post(huge);
        assertEquals(413, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
}
