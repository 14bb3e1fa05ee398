package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.export.Spreadsheets;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.FinancingQueries;
import org.greenhub.reserve.application.ReserveDashboard;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The reserve dashboard ({@code /reserve/manage/dashboard.xhtml}) for reserve managers and administrators. */
@Named("reserveDashboard")
@ViewScoped
public class ReserveDashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReserveDashboard dashboards;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locales;

    private ReserveDashboard.Dashboard dashboard;
    private String instrumentChart;
    private String categoryChart;

    public void load() {
        try {
            dashboard = dashboards.dashboard();
            instrumentChart = chart(dashboard.byInstrument(), "reserve.instrument.");
            categoryChart = chart(dashboard.byCategory(), "reserve.category.");
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    /** Sought and raised side by side per line; the axis counts in the reader's locale. */
    private String chart(List<FinancingQueries.Line> lines, String labelPrefix) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder sought = Json.createArrayBuilder();
        JsonArrayBuilder raised = Json.createArrayBuilder();
        for (FinancingQueries.Line line : lines) {
            labels.add(messages.text(labelPrefix + line.code()));
            sought.add(line.sought());
            raised.add(line.raised());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", messages.text("reserve.dashboard.sought"))
                                                        .add("data", sought)
                                                        .add("backgroundColor", "#9fc5b0"))
                                                .add(Json.createObjectBuilder()
                                                        .add("label", messages.text("reserve.dashboard.raised"))
                                                        .add("data", raised)
                                                        .add("backgroundColor", "#1b7f4b"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                // horizontal bars: long category names stay readable on a phone
                                .add("indexAxis", "y")
                                .add("locale", locales.getLocale().toLanguageTag())
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

    /** A day as the reader's locale writes it. */
    public String date(java.time.LocalDate day) {
        return day == null ? "" : org.greenhub.platform.text.Figures.date(day, locales.getLocale());
    }

    /** An amount or figure as the reader's locale writes it; an empty cell for a figure not given. */
    public String amount(java.math.BigDecimal value) {
        return value == null ? "–" : org.greenhub.platform.text.Figures.amount(value, locales.getLocale());
    }

    /** A count as the reader's locale writes it. */
    public String count(long value) {
        return org.greenhub.platform.text.Figures.count(value, locales.getLocale());
    }

    /** What a project expected over the years it reported: its yearly expectation times those years. */
    public java.math.BigDecimal expectedOver(
            FinancingQueries.ProjectBenefits project, org.greenhub.reserve.domain.Benefits.Figure figure) {
        java.math.BigDecimal perYear = project.expectedPerYear().get(figure);
        return perYear == null ? null : perYear.multiply(java.math.BigDecimal.valueOf(project.yearsReported()));
    }

    /** "realised of expected"; a dash alone for a figure neither expected nor reported. */
    public String realisedOfExpected(Object realised, Object expected) {
        // Objects: EL coerces a missing figure to "" when it matches a method's parameters
        java.math.BigDecimal r = realised instanceof java.math.BigDecimal d ? d : null;
        java.math.BigDecimal e = expected instanceof java.math.BigDecimal d ? d : null;
        if (r == null && e == null) {
            return "–";
        }
        return messages.text("reserve.dashboard.realisedOfExpected", amount(r), amount(e));
    }

    public org.greenhub.reserve.domain.Benefits.Figure[] getFigures() {
        return org.greenhub.reserve.domain.Benefits.Figure.values();
    }

    public StreamedContent getExcel() {
        return download(true);
    }

    public StreamedContent getCsv() {
        return download(false);
    }

    private StreamedContent download(boolean excel) {
        try {
            byte[] content = dashboards.export(excel);
            return DefaultStreamedContent.builder()
                    .name(messages.text("reserve.dashboard.fileName") + (excel ? ".xlsx" : ".csv"))
                    .contentType(excel ? Spreadsheets.XLSX_TYPE : Spreadsheets.CSV_TYPE)
                    .contentLength((long) content.length)
                    .stream(() -> new ByteArrayInputStream(content))
                    .build();
        } catch (DomainException refusal) {
            messages.error("exportForm", refusal);
            return null;
        }
    }

    public ReserveDashboard.Dashboard getDashboard() {
        return dashboard;
    }

    public String getInstrumentChart() {
        return instrumentChart;
    }

    public String getCategoryChart() {
        return categoryChart;
    }
}
