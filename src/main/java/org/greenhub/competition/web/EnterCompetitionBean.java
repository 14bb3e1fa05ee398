package org.greenhub.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.competition.application.CompetitionService;
import org.greenhub.competition.application.EntryService;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.evaluation.application.Choice;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;

/**
 * A published competition as applicants see it, and the first step of an entry: which organisation (from the
 * organisation records the applicant acts for, never retyped), the project title and the track. The group follows
 * from the organisation's founding date and can be changed in the entry form.
 */
@Named("enterCompetition")
@ViewScoped
public class EnterCompetitionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompetitionService competitions;

    @Inject
    EntryService entries;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    private Long competitionId;
    private String name;
    private String description;
    private String organiser;
    private String window;
    private String startupDate;
    private boolean open;
    private List<String> tracks = List.of();
    private List<AttachmentKind> requiredKinds = List.of();
    private List<Choice> organisations = List.of();

    private Long organisationId;
    private String projectTitle;
    private String track;

    public void load() {
        try {
            if (competitionId == null) {
                throw DomainException.notFound();
            }
            CompetitionService.Edition competition =
                    competitions.publishedEdition(competitionId, CompetitionPages.language(locale));
            name = competition.name();
            description = competition.description();
            organiser = competition.organiser();
            window = CompetitionPages.time(competition.opensAt(), competition.timeZone()) + " – "
                    + CompetitionPages.time(competition.closesAt(), competition.timeZone());
            startupDate = competition.startupFoundedOnOrAfter().toString();
            open = competition.acceptsSubmissions();
            tracks = new ArrayList<>(CompetitionPages.tracks(competition.tracks()));
            requiredKinds = new ArrayList<>(competition.requiredAttachments());
            organisations = entries.organisationsIMayEnter();
            if (!organisations.isEmpty()) {
                organisationId = organisations.get(0).id();
            }
            if (!tracks.isEmpty()) {
                track = tracks.get(0);
            }
        } catch (DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(org.greenhub.platform.error.DomainException.notFound());
        }
    }

    public String create() {
        try {
            if (organisationId == null) {
                throw DomainException.invalid("organisation", "platform.validation.required");
            }
            long entry = entries.createEntry(competitionId, organisationId, projectTitle, null, track);
            messages.info("competition.enter.created");
            messages.keepForRedirect();
            return "/competition/entry?faces-redirect=true&id=" + entry;
        } catch (DomainException refusal) {
            messages.error("enterForm", refusal);
            return null;
        }
    }

    public Long getCompetitionId() {
        return competitionId;
    }

    public void setCompetitionId(Long v) {
        this.competitionId = v;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getOrganiser() {
        return organiser;
    }

    public String getWindow() {
        return window;
    }

    public String getStartupDate() {
        return startupDate;
    }

    public boolean isOpen() {
        return open;
    }

    public List<String> getTracks() {
        return tracks;
    }

    public List<AttachmentKind> getRequiredKinds() {
        return requiredKinds;
    }

    public List<Choice> getOrganisations() {
        return organisations;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long v) {
        this.organisationId = v;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public void setProjectTitle(String v) {
        this.projectTitle = v;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String v) {
        this.track = v;
    }
}
