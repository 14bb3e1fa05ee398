package org.greenhub.zone.api;

import static org.greenhub.zone.JsonAssertions.assertSameJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public zone accounting calculator over HTTP, without signing in: the worked example, refusals, the size limit. */
class AccountingApiIT extends HttpTest {

    private static final String PATH = "/api/zone/accounting/calculate";

    private Http http;
    private JsonObject example;

    @BeforeEach
    void load() throws Exception {
        http = new Http(base);
        try (InputStream in = getClass().getResourceAsStream("/zone/zone-accounting-example.json");
                JsonReader reader = Json.createReader(in)) {
            example = reader.readObject();
        }
    }

    private HttpResponse<String> post(String body, String language) {
        HttpRequest.Builder request = http.request(PATH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build());
    }

    /** The example's request with its first enterprise's 2023 green electricity above its electricity. */
    private String greenAboveElectricity() {
        JsonObject request = example.getJsonObject("request");
        JsonArray enterprises = request.getJsonArray("enterprises");
        JsonObject first = enterprises.getJsonObject(0);
        JsonArray years = first.getJsonArray("years");
        JsonObject year = years.getJsonObject(3);
        JsonObject energy = Json.createObjectBuilder(year.getJsonObject("energy"))
                .add("greenElectricity", 200000)
                .build();
        return Json.createObjectBuilder(request)
                .add(
                        "enterprises",
                        Json.createArrayBuilder(enterprises)
                                .set(
                                        0,
                                        Json.createObjectBuilder(first)
                                                .add(
                                                        "years",
                                                        Json.createArrayBuilder(years)
                                                                .set(
                                                                        3,
                                                                        Json.createObjectBuilder(year)
                                                                                .add("energy", energy)))))
                .build()
                .toString();
    }

    @Test
    void theWorkedExampleComesBackExactlyWithoutSigningIn() {
        HttpResponse<String> response = post(example.getJsonObject("request").toString(), null);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertSameJson(example.getJsonObject("response"), Http.json(response), "$");
    }

    @Test
    void greenElectricityAboveElectricityIs422NamingTheEnterpriseYear() {
        HttpResponse<String> response = post(greenAboveElectricity(), null);
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertEquals("zone.accounting.greenAboveElectricity", problem.getString("code"));
        assertEquals("enterprises[0].years[3].energy.greenElectricity", problem.getString("field"));
        assertTrue(
                problem.getString("detail").contains("E0000-99")
                        && problem.getString("detail").contains("2023"),
                problem.toString());
    }

    @Test
    void theRefusalIsInTheCallersLanguage() {
        HttpResponse<String> response = post(greenAboveElectricity(), "zh-CN");
        assertEquals(422, response.statusCode(), response.body());
        String detail = Http.json(response).getString("detail");
        assertTrue(detail.contains("绿色电力") && detail.contains("E0000-99") && detail.contains("2023 年"), detail);
        assertFalse(detail.contains("electricity"), detail);
    }

    @Test
    void aNonNumericQuantityIs422NamingIt() {
        String body = example.getJsonObject("request")
                .toString()
                .replace("\"rawCoal\":13790.433", "\"rawCoal\":\"13790.433\"");
        HttpResponse<String> response = post(body, null);
        assertEquals(422, response.statusCode(), response.body());
        assertEquals(
                "enterprises[0].years[0].energy.rawCoal", Http.json(response).getString("field"));
    }

    @Test
    void aBodyOverTwoMebibytesIs413() {
        String huge = "{\"baseYear\":2020,\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = post(huge, null);
        assertEquals(413, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
}
