package org.greenhub.zone.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.DatabasePage;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.platform.web.TimeText;
import org.greenhub.zone.application.MissingDeclarations;
import org.greenhub.zone.application.OverdueDeclarations;

/**
 * The overdue list on a zone's record: a year whose deadline has passed (the latest by default), the zone's
 * enterprises still missing its declaration a page at a time from the database, and "remind now" for those ticked.
 */
@Named("overdueDeclarations")
@ViewScoped
public class OverdueDeclarationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OverdueDeclarations overdue;

    @Inject
    FacesMessages messages;

    private Long zoneId;
    private List<Integer> years = List.of();
    private Integer year;
    private Page page;
    private List<MissingDeclarations.Line> selected = new ArrayList<>();

    public void load() {
        if (FacesContext.getCurrentInstance().getResponseComplete()) {
            // the zone's own record already refused the page (404): answer once
            return;
        }
        try {
            if (zoneId == null) {
                throw DomainException.notFound();
            }
            years = overdue.years(zoneId);
            if (year == null || !years.contains(year)) {
                year = years.isEmpty() ? null : years.get(0);
            }
            page = year == null ? null : new Page(overdue, zoneId, year);
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    /** Another year chosen: the list starts again at its first page, nothing ticked. */
    public void chooseYear() {
        selected = new ArrayList<>();
        page = year == null ? null : new Page(overdue, zoneId, year);
    }

    public void remindNow() {
        try {
            int reminded = overdue.remindNow(
                    zoneId,
                    year,
                    selected.stream()
                            .map(MissingDeclarations.Line::organisationId)
                            .toList());
            selected = new ArrayList<>();
            messages.info("zoneimport.overdue.reminded", reminded);
        } catch (DomainException refusal) {
            messages.error("overdueForm", refusal);
        }
    }

    /** When an enterprise was last reminded, with the zone named (the zone's own time, as its other lists show). */
    public String time(Instant at) {
        return at == null ? messages.text("zoneimport.overdue.never") : TimeText.of(at, DeclarationPageBean.TIME_ZONE);
    }

    public Long getZoneId() {
        return zoneId;
    }

    public void setZoneId(Long zoneId) {
        this.zoneId = zoneId;
    }

    public List<Integer> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Page getPage() {
        return page;
    }

    public List<MissingDeclarations.Line> getSelected() {
        return selected;
    }

    public void setSelected(List<MissingDeclarations.Line> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    /** The enterprises of the zone missing the year's declaration, by name. */
    public static class Page extends DatabasePage<MissingDeclarations.Line> {
        private static final long serialVersionUID = 1L;
        private final transient OverdueDeclarations overdue;
        private final long zoneId;
        private final int year;

        Page(OverdueDeclarations overdue, long zoneId, int year) {
            this.overdue = overdue;
            this.zoneId = zoneId;
            this.year = year;
        }

        private OverdueDeclarations overdue() {
            return overdue != null
                    ? overdue
                    : CDI.current().select(OverdueDeclarations.class).get();
        }

        @Override
        protected List<MissingDeclarations.Line> page(int first, int size, String sortField, boolean ascending) {
            return overdue().page(zoneId, year, first, size);
        }

        @Override
        protected long total() {
            return overdue().count(zoneId, year);
        }

        @Override
        protected Object keyOf(MissingDeclarations.Line row) {
            return row.organisationId();
        }
    }
}
