package org.greenhub.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.application.AdministrationFigures;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.domain.Affiliation;

/** Figures and lists for the role dashboards. */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    OrganisationService organisationService;

    @Inject
    AdministrationFigures administrationFigures;

    private AdministrationFigures.Figures figures;

    private List<Affiliation> affiliations;

    public UserAccount getUser() {
        return currentUser.require();
    }

    public List<Affiliation> getCurrentAffiliations() {
        if (affiliations == null) {
            LocalDate today = LocalDate.now(clock);
            affiliations = organisationService.myAffiliations().stream()
                    .filter(a -> a.isCurrent(today))
                    .toList();
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
