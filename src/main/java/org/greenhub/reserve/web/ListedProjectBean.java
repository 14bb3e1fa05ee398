package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.text.Figures;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.Matching;
import org.greenhub.reserve.application.ReserveListing;
import org.greenhub.reserve.application.ReserveListing.Listed;

/** One listed project of the public reserve ({@code /reserve/listed.xhtml?id=}); anything not listed is 404. */
@Named("listedProject")
@ViewScoped
public class ListedProjectBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReserveListing listing;

    @Inject
    LocaleSelector locale;

    @Inject
    FacesMessages messages;

    @Inject
    Matching matching;

    private Long id;
    private Listed project;
    /** The funder's institution's match with this project, if it has one; null for anyone else. */
    private Long myMatch;

    private boolean funder;
    private String note;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            project = listing.project(id, Language.of(locale.getLocale()));
            funder = jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .isUserInRole("FUNDER");
            myMatch = funder ? matching.interestOfMyInstitution(id).orElse(null) : null;
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    /** Marks the institution's interest and opens the match's thread. */
    public String markInterest() {
        try {
            long match = matching.markInterest(id, note);
            messages.info("reserve.match.interestMarked");
            messages.keepForRedirect();
            return "/reserve/match?faces-redirect=true&id=" + match;
        } catch (DomainException refusal) {
            messages.error("interestForm", refusal);
            return null;
        }
    }

    public boolean isFunder() {
        return funder;
    }

    public Long getMyMatch() {
        return myMatch;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<String> getBenefits() {
        return ReservePages.benefits(project.expected(), messages, locale.getLocale());
    }

    public String yuan(BigDecimal amount) {
        return ReservePages.yuan(amount, messages, locale.getLocale());
    }

    /** The zone and the place, whichever are known. */
    public String getPlace() {
        return java.util.stream.Stream.of(project.zoneName(), project.location())
                .filter(part -> part != null && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    /** The instruments sought, named in the reader's language. */
    public String getInstruments() {
        return project.instruments().stream()
                .map(i -> messages.text("reserve.instrument." + i.name()))
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    public String getListedUntil() {
        return project.listedUntil() == null ? "" : Figures.date(project.listedUntil(), locale.getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Listed getProject() {
        return project;
    }
}
