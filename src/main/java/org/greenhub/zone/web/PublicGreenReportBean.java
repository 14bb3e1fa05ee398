package org.greenhub.zone.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.GreenReportView;
import org.greenhub.zone.application.PublishedGreenReports;

/**
 * The public page of a zone's annual green development report ({@code /zone/report.xhtml?zone=CODE&year=}), no
 * sign-in, in the reader's language: the newest published version, or an earlier one by {@code version}.
 */
@Named("publicGreenReport")
@ViewScoped
public class PublicGreenReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublishedGreenReports reports;

    @Inject
    LocaleSelector localeSelector;

    private String zone;
    private Integer year;
    private Integer version;
    private GreenReportView report;
    private List<Integer> versions = List.of();
    private int newest;
    private String co2Chart;
    private String pathChart;

    /** A PDF link: its label in the PDF's own language, so a reader finds theirs whatever the page's language. */
    public record Link(String href, String label, String lang) implements Serializable {}

    public void load() {
        try {
            if (zone == null || year == null) {
                throw DomainException.notFound();
            }
            PublishedGreenReports.Published published =
                    reports.page(zone, year, version, Language.of(localeSelector.getLocale()));
            report = published.view();
            versions = published.versions();
            newest = published.newest();
            co2Chart = GreenReportCharts.co2(report.chart());
            pathChart = GreenReportCharts.path(report.chart());
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    private String api(String file, String query) {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return base + "/api/zones/" + URLEncoder.encode(report.zoneCode(), StandardCharsets.UTF_8) + "/reports/"
                + report.year() + "/" + file + "?version=" + report.number() + query;
    }

    public List<Link> getPdfLinks() {
        return Language.all().stream()
                .map(l -> new Link(api("report.pdf", "&lang=" + l.tag()), "PDF · " + l.nativeName(), l.tag()))
                .toList();
    }

    public String getWorkbookLink() {
        return api(
                "workbook.xlsx",
                "&lang=" + Language.of(localeSelector.getLocale()).tag());
    }

    public String getDataPackLink() {
        return api("data-pack.json", "");
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public GreenReportView getReport() {
        return report;
    }

    public List<Integer> getVersions() {
        return versions;
    }

    public int getNewest() {
        return newest;
    }

    public String getCo2Chart() {
        return co2Chart;
    }

    public String getPathChart() {
        return pathChart;
    }
}
