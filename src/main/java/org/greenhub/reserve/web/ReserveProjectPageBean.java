package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.text.Figures;
import org.greenhub.platform.web.LocalisedTime;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.ProjectDeclaring;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.zone.application.ZoneCodes;

/** The owner's page of a project ({@code /reserve/project.xhtml?id=}): another organisation's project is "not found". */
@Named("reserveProject")
@ViewScoped
public class ReserveProjectPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectDeclaring declaring;

    @Inject
    LocaleSelector locale;

    @Inject
    ZoneCodes zoneCodes;

    @Inject
    FacesMessages messages;

    private Long id;
    private ProjectDeclaring.ProjectPage page;
    private String zoneName;

    public void load() {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            page = declaring.show(id);
            // the project keeps its zone's code; the reader sees the zone's name (the code where no zone has it)
            zoneName =
                    zoneCodes.name(page.zone(), Language.of(locale.getLocale())).orElse(page.zone());
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    public String getZoneName() {
        return zoneName;
    }

    /** An amount (yuan or a benefit) as the reader's language writes it; a dash for none. */
    public String amount(java.math.BigDecimal value) {
        return value == null ? "–" : Figures.amount(value, locale.getLocale());
    }

    public String getSubmittedAt() {
        return page == null || page.submittedAt() == null
                ? ""
                : LocalisedTime.text(page.submittedAt(), locale.getLocale());
    }

    /** The owner asks for a renewal review; the page then says it is awaited. */
    public void requestRenewal() {
        try {
            declaring.requestRenewal(id);
            page = declaring.show(id);
            messages.info("reserve.renewal.requested");
        } catch (DomainException refusal) {
            messages.error("renewalForm", refusal);
        }
    }

    /** A listing the owner may ask to renew: listed or lapsed, no renewal pending. */
    public boolean isRenewalRequestable() {
        return page != null
                && (page.status() == ProjectStatus.LISTED || page.status() == ProjectStatus.LAPSED)
                && page.renewalRequestedAt() == null;
    }

    public String getRenewalRequestedAt() {
        return page == null || page.renewalRequestedAt() == null
                ? ""
                : LocalisedTime.text(page.renewalRequestedAt(), locale.getLocale());
    }

    public String getValidUntil() {
        return page == null || page.validity() == null || page.validity().until() == null
                ? ""
                : Figures.date(page.validity().until(), locale.getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectDeclaring.ProjectPage getPage() {
        return page;
    }
}
