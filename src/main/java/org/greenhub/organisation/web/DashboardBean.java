package org.greenhub.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.greenhub.account.application.AccountSummary;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.organisation.application.AdministrationFigures;
import org.greenhub.organisation.application.OrganisationService;

/** Figures and lists for the role dashboards. */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationService organisationService;

    @Inject
    AdministrationFigures administrationFigures;

    private AdministrationFigures.Figures figures;

    private List<OrganisationService.MyOrganisation> affiliations;

    public AccountSummary getUser() {
        return currentUser.summary();
    }

    public List<OrganisationService.MyOrganisation> getCurrentAffiliations() {
        if (affiliations == null) {
            affiliations = organisationService.myCurrentOrganisations();
        }
        return affiliations;
    }

    /** Loaded once per request, and only by the administrator's dashboard (the service checks the role). */
    public AdministrationFigures.Figures getFigures() {
        if (figures == null) {
            figures = administrationFigures.figures();
        }
        return figures;
    }
}
