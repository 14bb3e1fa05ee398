package org.greenhub.incubation.residency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.greenhub.incubation.residency.application.IncubatorDashboard;
import org.greenhub.incubation.residency.application.IncubatorDashboard.Dashboard;
import org.greenhub.incubation.residency.application.IncubatorDashboard.Quarter;
import org.greenhub.incubation.residency.application.ResidencyQueries;
import org.greenhub.incubation.residency.application.ResidencyQueries.ManagedIncubator;
import org.greenhub.incubation.residency.application.StatisticsExport;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.export.Spreadsheets;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.PageRefusals;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The incubator dashboard ({@code ?incubator=id}) for its managers, with charts of the quarterly KPI trend and the
 * annual statistics export; without an id it lists the incubators the user manages.
 */
@Named("incubatorDashboard")
@ViewScoped
public class IncubatorDashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncubatorDashboard dashboards;

    @Inject
    ResidencyQueries queries;

    @Inject
    StatisticsExport export;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private Long incubator;
    private Dashboard dashboard;
    private List<ManagedIncubator> incubators = List.of();
    private String businessChart;
    private String greenChart;
    private String cohortChart;
    private int year;

    public void load() throws IOException {
        try {
            year = LocalDate.now(clock).getYear();
            if (incubator == null) {
                incubators = queries.managedIncubators();
                return;
            }
            dashboard = dashboards.dashboard(incubator);
            List<Quarter> trend = dashboard.trend();
            businessChart = lineChart(
                    trend,
                    List.of(
                            dataset("residency.dashboard.chart.revenue", trend, Quarter::revenue, "#1b7f4b", "y"),
                            dataset("residency.dashboard.chart.rndSpend", trend, Quarter::rndSpend, "#2f6fb0", "y"),
                            dataset(
                                    "residency.dashboard.chart.investment",
                                    trend,
                                    Quarter::investment,
                                    "#b06a2f",
                                    "y")));
            greenChart = lineChart(
                    trend,
                    List.of(
                            dataset(
                                    "residency.dashboard.chart.emissions",
                                    trend,
                                    Quarter::emissionsAvoided,
                                    "#1b7f4b",
                                    "y"),
                            dataset(
                                    "residency.dashboard.chart.employees",
                                    trend,
                                    q -> BigDecimal.valueOf(q.employees()),
                                    "#6b4fb0",
                                    "y")));
            cohortChart = cohortChart();
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    private JsonObjectBuilder dataset(
            String key, List<Quarter> trend, Function<Quarter, BigDecimal> value, String colour, String axis) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        trend.forEach(q -> data.add(value.apply(q)));
        return Json.createObjectBuilder()
                .add("label", messages.text(key))
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("tension", 0.2)
                .add("yAxisID", axis);
    }

    private static String lineChart(List<Quarter> trend, List<JsonObjectBuilder> datasets) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        trend.forEach(q -> labels.add(q.label()));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("position", "bottom"))))
                .build()
                .toString();
    }

    private String cohortChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder active = Json.createArrayBuilder();
        JsonArrayBuilder graduated = Json.createArrayBuilder();
        JsonArrayBuilder exited = Json.createArrayBuilder();
        dashboard.cohorts().forEach(c -> {
            labels.add(String.valueOf(c.year()));
            active.add(c.active());
            graduated.add(c.graduated());
            exited.add(c.exited());
        });
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", messages.text("residency.status.ACTIVE"))
                        .add("data", active)
                        .add("backgroundColor", "#2f6fb0"))
                .add(Json.createObjectBuilder()
                        .add("label", messages.text("residency.status.GRADUATED"))
                        .add("data", graduated)
                        .add("backgroundColor", "#1b7f4b"))
                .add(Json.createObjectBuilder()
                        .add("label", messages.text("residency.status.EXITED"))
                        .add("data", exited)
                        .add("backgroundColor", "#9a9a9a"));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true))
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true)
                                                                .add("beginAtZero", true)))
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("position", "bottom"))))
                .build()
                .toString();
    }

    public StreamedContent getStatistics() {
        try {
            StatisticsExport.Download file = export.annual(incubator, year);
            byte[] content = file.content();
            return DefaultStreamedContent.builder()
                    .name(file.fileName())
                    .contentType(Spreadsheets.XLSX_TYPE)
                    .contentLength((long) content.length)
                    .stream(() -> new ByteArrayInputStream(content))
                    .build();
        } catch (DomainException refusal) {
            messages.error("exportForm", refusal);
            return null;
        }
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(0, 9).mapToObj(i -> now - i).toList();
    }

    public Long getIncubator() {
        return incubator;
    }

    public void setIncubator(Long incubator) {
        this.incubator = incubator;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<ManagedIncubator> getIncubators() {
        return incubators;
    }

    public String getBusinessChart() {
        return businessChart;
    }

    public String getGreenChart() {
        return greenChart;
    }

    public String getCohortChart() {
        return cohortChart;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
