package org.greenhub.alliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.greenhub.alliance.application.AllianceAdministration;
import org.greenhub.alliance.application.AllianceAdministration.AllianceSummary;
import org.greenhub.alliance.application.AllianceAdministration.CategoryChoice;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.application.MembershipService;
import org.greenhub.alliance.domain.Membership.Application;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;

/** An organisation applies for membership: which organisation, which category, why, and its contact details. */
@Named("allianceApply")
@ViewScoped
public class ApplyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllianceAdministration administration;

    @Inject
    MembershipQueries queries;

    @Inject
    MembershipService memberships;

    @Inject
    LocaleSelector locale;

    @Inject
    FacesMessages messages;

    private Long allianceId;
    private AllianceSummary alliance;
    private List<MembershipQueries.OrganisationChoice> organisations;
    private List<CategoryChoice> categories;
    private Long organisationId;
    private Long categoryId;
    private String motivation;
    private final ContactsForm contacts = new ContactsForm();

    public void load() throws IOException {
        try {
            if (allianceId == null) {
                throw DomainException.notFound();
            }
            alliance = administration.summary(allianceId, Language.of(locale.getLocale()));
            organisations = queries.organisationsICanActFor();
            categories = administration.categoryChoices(allianceId);
            if (organisations.size() == 1) {
                organisationId = organisations.get(0).id();
            }
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    public void submit() {
        try {
            if (organisationId == null) {
                throw DomainException.invalid("organisation", "alliance.application.notYourOrganisation");
            }
            if (categoryId == null) {
                throw DomainException.invalid("category", "alliance.application.categoryRequired");
            }
            long membershipId = memberships.submitApplication(
                    allianceId, organisationId, categoryId, new Application(motivation, contacts.toContacts()));
            messages.info("alliance.apply.submitted");
            messages.keepForRedirect();
            AlliancePages.redirect("/alliance/membership.xhtml?id=" + membershipId);
        } catch (DomainException refusal) {
            messages.error("applyForm", refusal);
        }
    }

    public Long getAllianceId() {
        return allianceId;
    }

    public void setAllianceId(Long allianceId) {
        this.allianceId = allianceId;
    }

    public AllianceSummary getAlliance() {
        return alliance;
    }

    public List<MembershipQueries.OrganisationChoice> getOrganisations() {
        return organisations;
    }

    public List<CategoryChoice> getCategories() {
        return categories;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public ContactsForm getContacts() {
        return contacts;
    }
}
