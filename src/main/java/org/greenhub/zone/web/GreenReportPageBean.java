package org.greenhub.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.GreenReports;
import org.greenhub.zone.domain.GreenReportTexts;

/**
 * One version of a zone's annual report for its administrators ({@code /zone/green-report.xhtml?id=}): the narrative
 * in four languages while it is open, sending it for review, approving or returning it (a second administrator),
 * publishing it, and starting a correction; below, the report as it will read (the service checks the zone).
 */
@Named("greenReportPage")
@ViewScoped
public class GreenReportPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GreenReports reports;

    @Inject
    FacesMessages messages;

    private Long id;
    private GreenReports.Shown shown;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private String reason;
    private String co2Chart;
    private String pathChart;

    /** A narrative field of the form: its id (introductionEn …), section and language. */
    public record Field(String id, String section, Language language) implements Serializable {}

    public void load() {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            fill(reports.show(id));
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    private void fill(GreenReports.Shown report) {
        shown = report;
        texts.clear();
        for (String section : GreenReports.SECTIONS) {
            LocalisedName text = report.texts().section(section);
            for (Language language : Language.all()) {
                texts.put(section + suffix(language), text == null ? null : text.exact(language));
            }
        }
        if (report.content() != null) {
            co2Chart = GreenReportCharts.co2(report.content().chart());
            pathChart = GreenReportCharts.path(report.content().chart());
        }
    }

    private GreenReportTexts typed() {
        return new GreenReportTexts(typed("introduction"), typed("progress"), typed("measures"));
    }

    /** As typed; the report checks each language under its own field. */
    private LocalisedName typed(String section) {
        return LocalisedName.stored(
                texts.get(section + "En"),
                texts.get(section + "Zh"),
                texts.get(section + "Th"),
                texts.get(section + "Vi"));
    }

    public void save() {
        try {
            fill(reports.write(id, typed()));
            messages.info("zone.report.saved");
        } catch (DomainException refusal) {
            messages.error("reportForm", refusal);
        }
    }

    public void submit() {
        try {
            fill(reports.submit(id, typed()));
            messages.info("zone.report.submitted");
        } catch (DomainException refusal) {
            messages.error("reportForm", refusal);
        }
    }

    public void approve() {
        try {
            fill(reports.approve(id));
            messages.info("zone.report.approved");
        } catch (DomainException refusal) {
            messages.error("reviewForm", refusal);
        }
    }

    public void returnForCorrection() {
        try {
            fill(reports.returnForCorrection(id, reason));
            reason = null;
            messages.info("zone.report.returned");
        } catch (DomainException refusal) {
            messages.error("reviewForm", refusal);
        }
    }

    /**
     * Publishes and opens the page afresh: re-rendering the charts by Ajax left them blank (Chart.js lost them on the
     * next resize), so the published report is drawn as any reader's page is.
     */
    public void publish() throws IOException {
        try {
            reports.publish(id);
            messages.keepForRedirect();
            messages.info("zone.report.published");
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .redirect(jakarta.faces.context.FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequestContextPath()
                            + "/zone/green-report.xhtml?id=" + id);
        } catch (DomainException refusal) {
            messages.error("publishForm", refusal);
        }
    }

    /** Starts the correction and opens it. */
    public void correct() throws IOException {
        try {
            long next = reports.correct(id, reason);
            messages.keepForRedirect();
            messages.info("zone.report.correctionStarted");
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .redirect(jakarta.faces.context.FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequestContextPath()
                            + "/zone/green-report.xhtml?id=" + next);
        } catch (DomainException refusal) {
            messages.error("correctForm", refusal);
        }
    }

    /** The form's fields, section by section, each in the four languages (English and Chinese required to send). */
    public List<Field> getFields() {
        return GreenReports.SECTIONS.stream()
                .flatMap(section -> Language.all().stream()
                        .map(language -> new Field(section + suffix(language), section, language)))
                .toList();
    }

    private static String suffix(Language language) {
        return switch (language) {
            case CHINESE -> "Zh";
            case THAI -> "Th";
            case VIETNAMESE -> "Vi";
            default -> "En";
        };
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public GreenReports.Shown getShown() {
        return shown;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCo2Chart() {
        return co2Chart;
    }

    public String getPathChart() {
        return pathChart;
    }

    /** The public page's address of a published version. */
    public String getPublicPage() {
        return "/zone/report.xhtml?zone=" + shown.zoneCode() + "&year=" + shown.year() + "&version=" + shown.number();
    }
}
