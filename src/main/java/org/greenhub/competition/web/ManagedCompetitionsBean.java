package org.greenhub.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.greenhub.competition.application.CompetitionService;
import org.greenhub.platform.i18n.LocaleSelector;

/** The editions a programme manager manages (all of them for administrators). */
@Named("managedCompetitions")
@ViewScoped
public class ManagedCompetitionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompetitionService competitions;

    @Inject
    LocaleSelector locale;

    private List<CompetitionService.Summary> list = List.of();

    public void load() {
        list = competitions.managed(CompetitionPages.language(locale));
    }

    public String time(Instant instant, String zone) {
        return CompetitionPages.time(instant, zone);
    }

    public List<CompetitionService.Summary> getCompetitions() {
        return list;
    }
}
