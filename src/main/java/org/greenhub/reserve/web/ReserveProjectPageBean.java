package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.text.Figures;
import org.greenhub.platform.web.LocalisedTime;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.ProjectDeclaring;

/** The owner's page of a project ({@code /reserve/project.xhtml?id=}): another organisation's project is "not found". */
@Named("reserveProject")
@ViewScoped
public class ReserveProjectPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectDeclaring declaring;

    @Inject
    LocaleSelector locale;

    private Long id;
    private ProjectDeclaring.ProjectPage page;

    public void load() {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            page = declaring.show(id);
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
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
