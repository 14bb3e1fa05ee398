package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.ProjectNominations;

/** A competition manager nominates an edition's award winners to a reserve call ({@code /reserve/nominate.xhtml}). */
@Named("nominate")
@ViewScoped
public class NominateBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectNominations nominations;

    @Inject
    FacesMessages messages;

    private List<ProjectNominations.Choice> editions = List.of();
    private List<ProjectNominations.Choice> calls = List.of();
    private Long competition;
    private Long call;

    public void load() {
        try {
            editions = nominations.editionsWithWinners();
            calls = nominations.openCalls();
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    public void invite() {
        try {
            if (competition == null) {
                throw DomainException.invalid("competition", "platform.validation.required");
            }
            if (call == null) {
                throw DomainException.invalid("call", "platform.validation.required");
            }
            int invited = nominations.nominateAwardWinners(competition, call);
            messages.info("reserve.nominate.invited", invited);
        } catch (DomainException refusal) {
            messages.error("nominateForm", refusal);
        }
    }

    public List<ProjectNominations.Choice> getEditions() {
        return editions;
    }

    public List<ProjectNominations.Choice> getCalls() {
        return calls;
    }

    public Long getCompetition() {
        return competition;
    }

    public void setCompetition(Long competition) {
        this.competition = competition;
    }

    public Long getCall() {
        return call;
    }

    public void setCall(Long call) {
        this.call = call;
    }
}
