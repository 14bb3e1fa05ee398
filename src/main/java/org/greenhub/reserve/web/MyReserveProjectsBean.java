package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.web.LocalisedTime;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.ProjectDeclaring;
import org.greenhub.reserve.application.ProjectQueries;

/** My organisations' reserve projects with their status ({@code /reserve/mine.xhtml}). */
@Named("myReserveProjects")
@ViewScoped
public class MyReserveProjectsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectDeclaring declaring;

    @Inject
    LocaleSelector locale;

    @Inject
    Messages messages;

    private List<ProjectQueries.ProjectLine> projects = List.of();

    public void load() {
        try {
            projects = declaring.mine();
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    public String callName(LocalisedName name) {
        return messages.localised(locale.getLocale(), name);
    }

    public String time(Instant instant) {
        return instant == null ? "–" : LocalisedTime.text(instant, locale.getLocale());
    }

    public List<ProjectQueries.ProjectLine> getProjects() {
        return projects;
    }
}
