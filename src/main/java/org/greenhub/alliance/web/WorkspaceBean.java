package org.greenhub.alliance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.greenhub.alliance.application.AllianceAdministration;
import org.greenhub.alliance.application.EventService;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;

/** The coordinator dashboard's workspace: per alliance, applications by stage, expiring memberships, dues outstanding, coming events. */
@Named("allianceWorkspace")
@RequestScoped
public class WorkspaceBean {

    @Inject
    AllianceAdministration administration;

    @Inject
    MembershipQueries queries;

    @Inject
    EventService events;

    @Inject
    LocaleSelector locale;

    @Inject
    Clock clock;

    private List<Card> cards;

    /** One alliance on the dashboard. */
    public record Card(
            AllianceAdministration.AllianceSummary alliance,
            MembershipQueries.Workspace figures,
            List<EventService.EventRow> events) {}

    public List<Card> getCards() {
        if (cards == null) {
            cards = administration.coordinatedByMe(Language.of(locale.getLocale())).stream()
                    .map(a -> new Card(a, queries.workspace(a.id()), events.events(a.id(), Instant.now(clock), 3)))
                    .toList();
        }
        return cards;
    }
}
