package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.LocalisedTime;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.MatchReads.Line;
import org.greenhub.reserve.application.Matching;

/**
 * "My matches" for a funder ({@code /reserve/funder/matches.xhtml}) and a project's interest for its owners
 * ({@code /reserve/interest.xhtml?project=}): the same list, each line opening the thread.
 */
@Named("matchList")
@ViewScoped
public class FunderMatchesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Matching matching;

    @Inject
    LocaleSelector locale;

    private Long projectId;
    private String projectTitle;
    private List<Line> lines;

    public void loadMine() throws IOException {
        try {
            lines = matching.myMatches();
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    public void loadProject() throws IOException {
        try {
            if (projectId == null) {
                throw DomainException.notFound();
            }
            Matching.ProjectMatches matches = matching.projectMatches(projectId);
            projectTitle = matches.title();
            lines = matches.matches();
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    public String moment(Instant at) {
        return LocalisedTime.text(at, locale.getLocale());
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public List<Line> getLines() {
        return lines;
    }
}
