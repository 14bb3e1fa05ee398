package org.greenhub.zone.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.greenhub.zone.application.GreenReportView.Chart;

/** The report's two charts as Chart.js JSON for {@code p:chart}: CO2 per year, and the intensity against the path. */
final class GreenReportCharts {

    private static final String GREEN = "#1b7f4b";
    private static final String GREY = "#8a8a8a";
    private static final String BLUE = "#2f6fb0";

    private GreenReportCharts() {}

    static String co2(Chart chart) {
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", chart.co2Label())
                        .add("data", data(chart.co2()))
                        .add("backgroundColor", GREEN));
        return chart("bar", chart.years(), sets);
    }

    static String path(Chart chart) {
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", chart.intensityLabel())
                        .add("data", data(chart.intensity()))
                        .add("borderColor", BLUE)
                        .add("backgroundColor", BLUE)
                        .add("spanGaps", true))
                .add(Json.createObjectBuilder()
                        .add("label", chart.pathLabel())
                        .add("data", data(chart.path()))
                        .add("borderColor", GREY)
                        .add("backgroundColor", GREY)
                        // dashed: the path is what the target allows, not a measurement
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4)));
        return chart("line", chart.years(), sets);
    }

    private static JsonArrayBuilder data(List<BigDecimal> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        return data;
    }

    private static String chart(String type, List<String> years, JsonArrayBuilder sets) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        years.forEach(labels::add);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)))
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options)
                .build()
                .toString();
    }
}
