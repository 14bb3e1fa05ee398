package org.greenhub.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.domain.Organisation.Details;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.organisation.domain.OrganisationRepository.OrganisationQuery;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.DatabasePage;

/** Administrators and programme staff: every organisation record, searched and sorted in the database. */
@Named("organisationDirectory")
@ViewScoped
public class OrganisationDirectoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    @Inject
    FacesMessages messages;

    private String searchText;
    private OrganisationKind kindFilter;
    private DatabasePage<OrganisationService.Listed> page;

    private OrganisationKind newKind = OrganisationKind.ENTERPRISE;
    private String newLegalName;
    private String newRegisteredName;
    private String newRegistrationCode;
    private LocalDate newFoundingDate;

    @PostConstruct
    void init() {
        page = new DatabasePage<>() {
            @Override
            protected List<OrganisationService.Listed> page(int first, int size, String sortField, boolean ascending) {
                return organisations.listed(
                        new OrganisationQuery(searchText, kindFilter, sortField, ascending), first, size);
            }

            @Override
            protected long total() {
                return organisations.count(new OrganisationQuery(searchText, kindFilter, null, true));
            }

            @Override
            protected Object keyOf(OrganisationService.Listed row) {
                return row.id();
            }
        };
    }

    public void create() {
        try {
            OrganisationService.Listed created = organisations.createListed(new Details(
                    newKind, newLegalName, newRegisteredName, newRegistrationCode, newFoundingDate, null, null, null));
            messages.info("organisation.directory.created", created.legalName());
            newLegalName = null;
            newRegisteredName = null;
            newRegistrationCode = null;
            newFoundingDate = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('createDialog').hide()");
        } catch (DomainException refusal) {
            messages.error("createForm", refusal);
        }
    }

    public List<OrganisationKind> getKinds() {
        return List.of(OrganisationKind.values());
    }

    public DatabasePage<OrganisationService.Listed> getPage() {
        return page;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public OrganisationKind getKindFilter() {
        return kindFilter;
    }

    public void setKindFilter(OrganisationKind kindFilter) {
        this.kindFilter = kindFilter;
    }

    public OrganisationKind getNewKind() {
        return newKind;
    }

    public void setNewKind(OrganisationKind newKind) {
        this.newKind = newKind;
    }

    public String getNewLegalName() {
        return newLegalName;
    }

    public void setNewLegalName(String newLegalName) {
        this.newLegalName = newLegalName;
    }

    public String getNewRegisteredName() {
        return newRegisteredName;
    }

    public void setNewRegisteredName(String newRegisteredName) {
        this.newRegisteredName = newRegisteredName;
    }

    public String getNewRegistrationCode() {
        return newRegistrationCode;
    }

    public void setNewRegistrationCode(String newRegistrationCode) {
        this.newRegistrationCode = newRegistrationCode;
    }

    public LocalDate getNewFoundingDate() {
        return newFoundingDate;
    }

    public void setNewFoundingDate(LocalDate newFoundingDate) {
        this.newFoundingDate = newFoundingDate;
    }
}
