package org.greenhub.incubation.residency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.incubation.residency.application.ResidencyQueries;
import org.greenhub.incubation.residency.application.ResidencyQueries.OrganisationChoice;
import org.greenhub.incubation.residency.application.ResidencyQueries.ResidentRow;
import org.greenhub.incubation.residency.application.ResidencyService;
import org.greenhub.incubation.residency.domain.ResidencyStatus;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.DatabasePage;
import org.greenhub.platform.web.PageRefusals;

/**
 * An incubator's residents for its managers ({@code ?incubator=id}): paged and sorted in the database, filtered by
 * status; and the form to start a residency directly (e.g. for a start-up already in residence).
 */
@Named("residents")
@ViewScoped
public class ResidentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidencyQueries queries;

    @Inject
    ResidencyService service;

    @Inject
    FacesMessages messages;

    private Long incubator;
    private String incubatorName;
    private ResidencyStatus status = ResidencyStatus.ACTIVE;
    /** Only residents with a report past its due date ({@code ?overdue=true}: the dashboard's overdue figure opens this list). */
    private boolean overdue;

    private DatabasePage<ResidentRow> rows;

    private OrganisationChoice organisation;
    private LocalDate startDate;
    private TermsForm terms = new TermsForm();

    public void load() throws IOException {
        try {
            if (incubator == null) {
                throw DomainException.notFound();
            }
            incubatorName = queries.incubatorName(incubator);
            long id = incubator;
            rows = new DatabasePage<>() {
                private static final long serialVersionUID = 1L;

                @Override
                protected List<ResidentRow> page(int first, int size, String sortField, boolean ascending) {
                    return queries.residents(id, status, overdue, first, size, sortField, ascending);
                }

                @Override
                protected long total() {
                    return queries.countResidents(id, status, overdue);
                }

                @Override
                protected Object keyOf(ResidentRow row) {
                    return row.id();
                }
            };
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    public List<OrganisationChoice> completeOrganisation(String text) {
        return queries.organisations(incubator, text);
    }

    public String start() {
        try {
            long id = service.start(
                    incubator,
                    new ResidencyService.StartRequest(
                            organisation == null ? null : organisation.id(),
                            startDate,
                            terms.getMaxMonths(),
                            terms.terms()));
            messages.info("residency.started");
            messages.keepForRedirect();
            return "/incubation/residency/residency?faces-redirect=true&id=" + id;
        } catch (DomainException refusal) {
            messages.error("startForm", refusal);
            return null;
        }
    }

    public List<ResidencyStatus> getStatuses() {
        return List.of(ResidencyStatus.values());
    }

    public Long getIncubator() {
        return incubator;
    }

    public void setIncubator(Long incubator) {
        this.incubator = incubator;
    }

    public String getIncubatorName() {
        return incubatorName;
    }
    /** The status named in the address: a status's name, or ALL; anything else leaves the default (active). */
    public String getStatusParameter() {
        return status == null ? "ALL" : status.name();
    }

    public void setStatusParameter(String value) {
        if ("ALL".equals(value)) {
            status = null;
        } else if (value != null
                && java.util.Arrays.stream(ResidencyStatus.values())
                        .anyMatch(s -> s.name().equals(value))) {
            status = ResidencyStatus.valueOf(value);
        }
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public ResidencyStatus getStatus() {
        return status;
    }

    public void setStatus(ResidencyStatus status) {
        this.status = status;
    }

    public DatabasePage<ResidentRow> getRows() {
        return rows;
    }

    public OrganisationChoice getOrganisation() {
        return organisation;
    }

    public void setOrganisation(OrganisationChoice organisation) {
        this.organisation = organisation;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public TermsForm getTerms() {
        return terms;
    }
}
