package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.organisation.domain.InstitutionType;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.LocalisedTime;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.FunderReads.InstitutionRow;
import org.greenhub.reserve.application.FunderVerification;

/** The administrators' list of financial institutions: verify one as a funder (with its kind) or revoke it. */
@Named("fundersAdmin")
@ViewScoped
public class FundersAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FunderVerification verification;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    private List<InstitutionRow> institutions;
    private Long organisationId;
    private InstitutionType institutionType;

    public void load() throws java.io.IOException {
        try {
            institutions = verification.institutions();
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    public void verify() {
        try {
            if (organisationId == null) {
                throw DomainException.invalid("organisation", "platform.validation.required");
            }
            InstitutionRow row = row(organisationId);
            int granted = verification.verify(organisationId, institutionType);
            messages.info("reserve.funder.verified", row.name(), granted);
            organisationId = null;
            institutionType = null;
            institutions = verification.institutions();
        } catch (DomainException refusal) {
            messages.error("verifyForm", refusal);
        }
    }

    public void revoke(long id) {
        try {
            InstitutionRow row = row(id);
            int revoked = verification.revoke(id);
            messages.info("reserve.funder.revoked", row.name(), revoked);
            institutions = verification.institutions();
        } catch (DomainException refusal) {
            messages.error("verifyForm", refusal);
        }
    }

    private InstitutionRow row(long id) {
        return institutions.stream().filter(r -> r.id() == id).findFirst().orElseThrow(DomainException::notFound);
    }

    /** When the institution was verified, with the zone named. */
    public String verifiedAt(InstitutionRow row) {
        return row.verifiedAt() == null ? "" : LocalisedTime.text(row.verifiedAt(), locale.getLocale());
    }

    public List<InstitutionType> getTypes() {
        return List.of(InstitutionType.values());
    }

    public List<InstitutionRow> getInstitutions() {
        return institutions;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public InstitutionType getInstitutionType() {
        return institutionType;
    }

    public void setInstitutionType(InstitutionType institutionType) {
        this.institutionType = institutionType;
    }
}
