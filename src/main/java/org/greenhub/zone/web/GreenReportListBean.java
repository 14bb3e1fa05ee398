package org.greenhub.zone.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.GreenReports;

/** A zone's annual reports for its administrators ({@code /zone/reports.xhtml?zone=}): every version, and starting one. */
@Named("greenReportList")
@ViewScoped
public class GreenReportListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GreenReports reports;

    @Inject
    FacesMessages messages;

    private Long zone;
    private Integer year;
    private List<GreenReports.Line> lines = List.of();

    public void load() {
        try {
            if (zone == null) {
                throw DomainException.notFound();
            }
            lines = reports.ofZone(zone);
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    public void start() throws IOException {
        try {
            if (year == null) {
                throw DomainException.invalid("year", "zone.report.yearRequired");
            }
            long id = reports.start(zone, year);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/zone/green-report.xhtml?id=" + id);
        } catch (DomainException refusal) {
            messages.error("startForm", refusal);
        }
    }

    public Long getZone() {
        return zone;
    }

    public void setZone(Long zone) {
        this.zone = zone;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<GreenReports.Line> getLines() {
        return lines;
    }
}
