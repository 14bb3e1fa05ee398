package org.greenhub.publication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.greenhub.competition.award.application.PublicResults;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.LocalisedTime;

/** The public list of competitions and one competition's page ({@code ?id=}), no sign-in. */
@Named("publicCompetitions")
@ViewScoped
public class PublicCompetitionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicResults results;

    @Inject
    LocaleSelector locale;

    private Long id;
    private List<PublicResults.CompetitionSummary> competitions = List.of();
    private PublicResults.CompetitionPage page;

    public void loadList() {
        competitions = results.competitions(Language.of(locale.getLocale()));
    }

    public void loadOne() {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            page = results.competition(id, Language.of(locale.getLocale()));
        } catch (org.greenhub.platform.error.DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(refusal);
        }
    }

    public String time(Instant instant) {
        return LocalisedTime.text(instant, locale.getLocale(), page == null ? null : page.timeZone());
    }

    /** An instant in a listed edition's own zone, which is named (the home page's open competitions). */
    public String time(Instant instant, String zone) {
        return LocalisedTime.text(instant, locale.getLocale(), zone);
    }

    /** The editions that accept entries now (the home page lists them). */
    public List<PublicResults.CompetitionSummary> getOpenForEntries() {
        return competitions.stream()
                .filter(PublicResults.CompetitionSummary::openForEntries)
                .toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<PublicResults.CompetitionSummary> getCompetitions() {
        return competitions;
    }

    public PublicResults.CompetitionPage getPage() {
        return page;
    }
}
