package org.greenhub.publication.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.greenhub.competition.award.application.PublicResults;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.DatabasePage;
import org.greenhub.platform.web.LocalisedTime;

/**
 * The public results of an edition ({@code ?competition=id}), no sign-in: provisional during the notice period (with
 * how to object), then final; per group and track; awards paged in the database; the public record of changes.
 */
@Named("publicResults")
@ViewScoped
public class PublicResultsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicResults results;

    @Inject
    LocaleSelector locale;

    private Long competition;
    private CompetitionGroup group;
    private String track;
    private PublicResults.ResultView view;
    private List<String> tracks = List.of();
    private List<PublicResults.ChangeRow> changes = List.of();
    private AwardsPage awards;

    public void load() {
        try {
            if (competition == null) {
                throw DomainException.notFound();
            }
            view = results.result(competition, Language.of(locale.getLocale()));
            tracks = results.tracks(view.resultId());
            changes = results.changes(view.resultId());
            filter();
        } catch (org.greenhub.platform.error.DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(refusal);
        }
    }

    public void filter() {
        awards = new AwardsPage(view.resultId(), new PublicResults.Filter(group, track));
    }

    public String time(Instant instant) {
        return LocalisedTime.text(instant, locale.getLocale(), view == null ? null : view.zone());
    }

    public String certificateUrl(String code) {
        return jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestContextPath() + "/api/publication/certificates/"
                + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    public CompetitionGroup[] getGroups() {
        return CompetitionGroup.values();
    }

    public Long getCompetition() {
        return competition;
    }

    public void setCompetition(Long competition) {
        this.competition = competition;
    }

    public CompetitionGroup getGroup() {
        return group;
    }

    public void setGroup(CompetitionGroup group) {
        this.group = group;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public PublicResults.ResultView getView() {
        return view;
    }

    public List<String> getTracks() {
        return tracks;
    }

    public List<PublicResults.ChangeRow> getChanges() {
        return changes;
    }

    public AwardsPage getAwards() {
        return awards;
    }

    /** One page of awards from the database: two statements (count and page) whatever the size of the edition. */
    public static class AwardsPage extends DatabasePage<PublicResults.AwardRow> {
        private static final long serialVersionUID = 1L;
        private final long resultId;
        private final PublicResults.Filter filter;

        AwardsPage(long resultId, PublicResults.Filter filter) {
            this.resultId = resultId;
            this.filter = filter;
        }

        private static PublicResults service() {
            return CDI.current().select(PublicResults.class).get();
        }

        @Override
        protected List<PublicResults.AwardRow> page(int first, int size, String sortField, boolean ascending) {
            return service().awards(resultId, filter, first, size);
        }

        @Override
        protected long total() {
            return service().countAwards(resultId, filter);
        }

        @Override
        protected Object keyOf(PublicResults.AwardRow row) {
            return row.id();
        }
    }
}
