package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Compares the calculator's answers with the published worked example. */
public final class JsonAssertions {

    private JsonAssertions() {}

    /** Same keys, same nulls and texts, numbers equal in value (the example writes 1.2378, not 1.237800). */
    public static void assertSameJson(JsonValue expected, JsonValue actual, String path) {
        assertEquals(expected.getValueType(), actual.getValueType(), path);
        switch (expected.getValueType()) {
            case OBJECT -> {
                JsonObject e = expected.asJsonObject();
                JsonObject a = actual.asJsonObject();
                assertEquals(e.keySet(), a.keySet(), path);
                for (String key : e.keySet()) {
                    assertSameJson(e.get(key), a.get(key), path + "." + key);
                }
            }
            case ARRAY -> {
                JsonArray e = expected.asJsonArray();
                JsonArray a = actual.asJsonArray();
                assertEquals(e.size(), a.size(), path);
                for (int i = 0; i < e.size(); i++) {
                    assertSameJson(e.get(i), a.get(i), path + "[" + i + "]");
                }
            }
            case NUMBER ->
                assertEquals(
                        0,
                        ((JsonNumber) expected).bigDecimalValue().compareTo(((JsonNumber) actual).bigDecimalValue()),
                        path + ": expected " + expected + " but was " + actual);
            default -> assertEquals(expected, actual, path);
        }
    }
}
