package org.greenhub.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.greenhub.competition.application.CompetitionService;
import org.greenhub.competition.application.EntryService;
import org.greenhub.platform.i18n.LocaleSelector;

/** Applicants' start page: the competitions they can see and their organisations' entries. */
@Named("competitionIndex")
@ViewScoped
public class CompetitionIndexBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompetitionService competitions;

    @Inject
    EntryService entries;

    @Inject
    LocaleSelector locale;

    private List<CompetitionService.Summary> list = List.of();
    private List<EntryService.MyEntry> mine = List.of();

    public void load() {
        list = competitions.published(CompetitionPages.language(locale));
        mine = entries.mine();
    }

    public String time(Instant instant, String zone) {
        return CompetitionPages.time(instant, zone);
    }

    public List<CompetitionService.Summary> getCompetitions() {
        return list;
    }

    public List<EntryService.MyEntry> getMine() {
        return mine;
    }
}
