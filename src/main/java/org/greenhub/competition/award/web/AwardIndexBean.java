package org.greenhub.competition.award.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.competition.award.application.AwardQueries;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;

/** The competitions a manager runs, each with the state of its awards and a link to the awards page. */
@Named("awardIndex")
@ViewScoped
public class AwardIndexBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardQueries queries;

    @Inject
    LocaleSelector locale;

    private List<AwardQueries.ManagedCompetition> competitions = List.of();

    public void load() {
        try {
            competitions = queries.managedCompetitions(Language.of(locale.getLocale()));
        } catch (org.greenhub.platform.error.DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(refusal);
        }
    }

    public List<AwardQueries.ManagedCompetition> getCompetitions() {
        return competitions;
    }
}
