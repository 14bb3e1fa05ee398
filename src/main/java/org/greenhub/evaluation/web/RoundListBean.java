package org.greenhub.evaluation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.application.RoundSetupService.RoundSummary;
import org.greenhub.platform.web.DatabasePage;

/** Programme managers: the rounds of every programme, a page at a time, newest first. */
@Named("roundList")
@ViewScoped
public class RoundListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoundSetupService setup;

    private DatabasePage<RoundSummary> rounds;

    @PostConstruct
    void init() {
        rounds = new DatabasePage<>() {
            @Override
            protected List<RoundSummary> page(int first, int size, String sortField, boolean ascending) {
                return setup.rounds(first, size);
            }

            @Override
            protected long total() {
                return setup.countRounds();
            }

            @Override
            protected Object keyOf(RoundSummary row) {
                return row.id();
            }
        };
    }

    /** The round’s window in the default programme zone, with the zone written out. */
    public String window(RoundSummary round) {
        return org.greenhub.platform.web.TimeText.of(round.opensAt(), RulesForm.ZONES.get(0)) + " – "
                + org.greenhub.platform.web.TimeText.of(round.closesAt(), RulesForm.ZONES.get(0));
    }

    public DatabasePage<RoundSummary> getRounds() {
        return rounds;
    }
}
