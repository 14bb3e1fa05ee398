package org.greenhub.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.Declarations;

/**
 * The enterprise's declaration form: for an organisation the caller is with that is in a zone record, one year's
 * figures in grouped sections with their units, saved as a draft (nothing required yet, the zone does not see it) or
 * filed (every check). A refusal is shown beside the field it names; nothing is stored.
 */
@Named("declare")
@ViewScoped
public class DeclareBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Declarations declarations;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private Long organisation;
    private Integer year;
    private List<Declarations.Declarant> declarants = List.of();
    private DeclarationForm form = new DeclarationForm();
    private boolean draft;

    public void load() {
        try {
            declarants = declarations.declarants();
            if (organisation == null && declarants.size() == 1) {
                organisation = declarants.get(0).organisationId();
            }
            if (year == null) {
                // enterprises declare the year that has just ended
                year = LocalDate.now(clock).getYear() - 1;
            }
            Declarations.Declarant chosen = chosen();
            if (chosen != null) {
                declarations
                        .lastFiled(chosen.zoneId(), chosen.organisationId(), year)
                        .ifPresent(figures -> form = DeclarationForm.of(figures));
                draft = declarations.hasDraft(chosen.zoneId(), chosen.organisationId(), year);
            }
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    private Declarations.Declarant chosen() {
        return declarants.stream()
                .filter(d -> organisation != null && d.organisationId() == organisation)
                .findFirst()
                .orElse(null);
    }

    public String file() {
        try {
            Declarations.Declarant chosen = required();
            long filed = declarations.submit(chosen.zoneId(), chosen.organisationId(), year, form.figures());
            messages.info("zone.declare.filed");
            messages.keepForRedirect();
            return "/zone/declaration?faces-redirect=true&id=" + filed;
        } catch (DomainException refusal) {
            messages.error("declareForm", refusal);
            return null;
        }
    }

    /** Saves what is typed as the enterprise's draft (nothing required yet); the form stays open. */
    public void saveDraft() {
        try {
            Declarations.Declarant chosen = required();
            declarations.saveDraft(chosen.zoneId(), chosen.organisationId(), year, form.figures());
            draft = true;
            messages.info("zone.declare.draftSaved");
        } catch (DomainException refusal) {
            messages.error("declareForm", refusal);
        }
    }

    private Declarations.Declarant required() {
        Declarations.Declarant chosen = chosen();
        if (chosen == null) {
            throw DomainException.invalid("organisation", "platform.validation.required");
        }
        if (year == null) {
            throw DomainException.invalid("year", "platform.validation.required");
        }
        return chosen;
    }

    /** True when the form continues a saved draft. */
    public boolean isDraft() {
        return draft;
    }

    /** The years one may declare: the current one and the five before it, newest first. */
    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }

    public List<Declarations.Declarant> getDeclarants() {
        return declarants;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public DeclarationForm getForm() {
        return form;
    }
}
