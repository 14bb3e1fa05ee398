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

/**
 * A competition manager nominates an edition's award winners, an incubator manager the incubator's residents, to a
 * reserve call ({@code /reserve/nominate.xhtml}).
 */
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
    private List<ProjectNominations.Choice> incubators = List.of();
    private Long incubator;
    private Long residentsCall;

    public void load() {
        try {
            editions = nominations.editionsWithWinners();
            calls = nominations.openCalls();
            incubators = nominations.managedIncubators();
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

    /** An incubator's manager invites its current residents. */
    public void inviteResidents() {
        try {
            if (incubator == null) {
                throw DomainException.invalid("incubator", "platform.validation.required");
            }
            if (residentsCall == null) {
                throw DomainException.invalid("residentsCall", "platform.validation.required");
            }
            int invited = nominations.nominateResidents(incubator, residentsCall);
            messages.info("reserve.nominate.invited", invited);
        } catch (DomainException refusal) {
            messages.error("residentsForm", refusal);
        }
    }

    public List<ProjectNominations.Choice> getIncubators() {
        return incubators;
    }

    public Long getIncubator() {
        return incubator;
    }

    public void setIncubator(Long incubator) {
        this.incubator = incubator;
    }

    public Long getResidentsCall() {
        return residentsCall;
    }

    public void setResidentsCall(Long residentsCall) {
        this.residentsCall = residentsCall;
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
