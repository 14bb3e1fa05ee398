package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.application.AwardWinners;
import org.greenhub.competition.application.CompetitionStewards;
import org.greenhub.incubation.residency.application.Residents;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.NominationRepository;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveNomination;
import org.greenhub.reserve.domain.ReserveRepository;

/**
 * Nominations: a competition's manager invites the edition's award winners, and an incubator's manager its current
 * residents ({@link #nominateResidents}), to declare through an open reserve call.
 * What the winning entry said (title, summary, category, and the green figures in the reserve's units: CO2 avoided,
 * water reused, waste recycled a year) is read through competition's published {@link AwardWinners} and copied into
 * the nomination; the organisation's record keepers are mailed in their language with the link to the form it
 * fills. The energy saved is not carried: the entry states it in MWh, the reserve in tce, and only the owner knows
 * which energy it was. Only the edition's managers nominate (anyone else: "not found"); audited.
 */
@ApplicationScoped
public class ProjectNominations {

    @Inject
    NominationRepository nominations;

    @Inject
    ReserveRepository reserve;

    @Inject
    AwardWinners awardWinners;

    @Inject
    CompetitionStewards competitionStewards;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    Clock clock;

    /** A nomination's data as the declaration form starts from it. */
    public record Carried(long organisationId, long callId, ReserveNomination.Carried data) implements Serializable {}

    /**
     * Invites every award winner of the competition (one invitation per organisation, its first winning entry) to
     * declare through the call; organisations already nominated to the call are left out. Answers how many were
     * invited now.
     */
    @Transactional
    public int nominateAwardWinners(long competitionId, long callId) {
        UserAccount manager = currentUser.require();
        if (!competitionStewards.mayManage(manager, competitionStewards.keyPrefix() + competitionId)) {
            throw DomainException.notFound();
        }
        ReserveCall call = openCall(callId);
        Set<Long> already = nominations.organisationsNominatedTo(callId);
        Instant now = Instant.now(clock);
        int invited = 0;
        for (AwardWinners.Winner winner : awardWinners.winners(competitionId)) {
            if (!already.add(winner.organisationId())) {
                continue;
            }
            AwardWinners.WinningEntry entry =
                    awardWinners.winningEntry(winner.entryId()).orElse(null);
            if (entry == null) {
                continue;
            }
            ReserveNomination nomination = keep(new ReserveNomination(
                    callId,
                    winner.organisationId(),
                    ReserveNomination.Source.COMPETITION,
                    winner.entryId(),
                    manager.getId(),
                    carried(entry),
                    now));
            mailRecordKeepers(call, nomination);
            invited++;
        }
        audit.record(
                "RESERVE_AWARD_WINNERS_NOMINATED",
                "ReserveCall",
                callId,
                null,
                Map.of("competition", competitionId, "invited", invited),
                null);
        return invited;
    }

    /** A nomination's data for the declaration form, for people of the nominated organisation only; else 404. */
    @Transactional
    public Carried carried(long nominationId) {
        ReserveNomination nomination = nominations.find(nominationId).orElseThrow(DomainException::notFound);
        LocalDate today = LocalDate.now(clock);
        boolean theirs = organisations.affiliationsOf(currentUser.require().getId()).stream()
                .anyMatch(a -> a.isCurrent(today) && a.getOrganisation().getId() == nomination.getOrganisationId());
        if (!theirs) {
            throw DomainException.notFound();
        }
        return new Carried(nomination.getOrganisationId(), nomination.getCallId(), nomination.carried());
    }

    /**
     * Invites every current resident of the incubator (one invitation per organisation) to declare through the call,
     * with what the incubator knows of its project (its accepted application's title, summary, category and figures)
     * read through incubation's published {@link Residents}; organisations already nominated to the call are left
     * out. Only the incubator's managers nominate (anyone else: "not found"); each resident's record keepers are
     * mailed in their language. Answers how many were invited now.
     */
    @Transactional
    public int nominateResidents(long incubatorId, long callId) {
        UserAccount manager = currentUser.require();
        if (!residents.mayManage(manager, incubatorId)) {
            throw DomainException.notFound();
        }
        ReserveCall call = openCall(callId);
        Set<Long> already = nominations.organisationsNominatedTo(callId);
        Instant now = Instant.now(clock);
        int invited = 0;
        for (Residents.Resident resident : residents.current(incubatorId)) {
            if (!already.add(resident.organisationId())) {
                continue;
            }
            Residents.ResidentProject project =
                    residents.project(resident.residencyId()).orElse(null);
            if (project == null) {
                continue;
            }
            ReserveNomination nomination = keep(new ReserveNomination(
                    callId,
                    resident.organisationId(),
                    ReserveNomination.Source.INCUBATION,
                    resident.residencyId(),
                    manager.getId(),
                    carried(project.projectTitle(), project.summary(), project.metrics()),
                    now));
            mailResidentKeepers(call, nomination, incubatorId);
            invited++;
        }
        audit.record(
                "RESERVE_RESIDENTS_NOMINATED",
                "ReserveCall",
                callId,
                null,
                Map.of("incubator", incubatorId, "invited", invited),
                null);
        return invited;
    }

    /** The call, while it takes declarations today; a closed or unknown call is "not found" to whoever nominates. */
    private ReserveCall openCall(long callId) {
        ReserveCall call = reserve.findCall(callId).orElseThrow(DomainException::notFound);
        if (!call.takesDeclarationsOn(LocalDate.now(clock))) {
            throw DomainException.notFound();
        }
        return call;
    }

    private ReserveNomination keep(ReserveNomination nomination) {
        nominations.add(nomination);
        return nomination;
    }

    private static ReserveNomination.Carried carried(AwardWinners.WinningEntry entry) {
        return carried(entry.projectTitle(), entry.summary(), entry.metrics());
    }

    private static ReserveNomination.Carried carried(String title, String summary, GreenMetrics metrics) {
        GreenCategory category = null;
        Benefits expected = Benefits.NONE;
        if (metrics != null) {
            category = metrics.getCategory() == null
                    ? null
                    : category(metrics.getCategory().name());
            expected = new Benefits(
                    null,
                    nonNegative(metrics.getEmissionsAvoidedTco2ePerYear()),
                    nonNegative(metrics.getWaterReusedM3PerYear()),
                    nonNegative(metrics.getWasteRecycledTonnesPerYear()));
        }
        return new ReserveNomination.Carried(title, summary, category, expected);
    }

    /** The catalogue's headings, named a little differently by the organisation's metrics. */
    private static GreenCategory category(String name) {
        return switch (name) {
            case "ENERGY_SAVING_ENVIRONMENTAL_PROTECTION" -> GreenCategory.ENERGY_SAVING_AND_ENVIRONMENTAL_PROTECTION;
            default -> {
                try {
                    yield GreenCategory.valueOf(name);
                } catch (IllegalArgumentException unknown) {
                    yield null;
                }
            }
        };
    }

    private static java.math.BigDecimal nonNegative(java.math.BigDecimal value) {
        return value == null || value.signum() < 0 ? null : value;
    }

    private void mailRecordKeepers(ReserveCall call, ReserveNomination nomination) {
        String link = link(nomination);
        for (UserAccount person : recordKeepers(nomination)) {
            Locale locale = person.getLanguage().locale();
            String callName = messages.localised(locale, call.getName());
            mailer.queue(
                    person.getEmail(),
                    messages.get(locale, "reserve.mail.nominated.subject", callName),
                    messages.get(
                            locale,
                            "reserve.mail.nominated.body",
                            person.getDisplayName(),
                            nomination.carried().title(),
                            callName,
                            link));
        }
    }

    /** The resident's record keepers, each in their language, with the incubator named as they read it. */
    private void mailResidentKeepers(ReserveCall call, ReserveNomination nomination, long incubatorId) {
        String link = link(nomination);
        for (UserAccount person : recordKeepers(nomination)) {
            Locale locale = person.getLanguage().locale();
            String callName = messages.localised(locale, call.getName());
            String incubatorName =
                    residents.incubatorName(incubatorId, person.getLanguage()).orElse("");
            mailer.queue(
                    person.getEmail(),
                    messages.get(locale, "reserve.mail.residentNominated.subject", callName),
                    messages.get(
                            locale,
                            "reserve.mail.residentNominated.body",
                            person.getDisplayName(),
                            incubatorName,
                            nomination.carried().title(),
                            callName,
                            link));
        }
    }

    private String link(ReserveNomination nomination) {
        return config.baseUrl() + "reserve/declare.xhtml?nomination=" + nomination.getId();
    }

    /** The nominated organisation's current people who keep its record, once each. */
    private java.util.Collection<UserAccount> recordKeepers(ReserveNomination nomination) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, UserAccount> keepers = new TreeMap<>();
        for (Affiliation a : organisations.people(nomination.getOrganisationId())) {
            if (a.isCurrent(today) && a.getRole().maintainsRecord()) {
                keepers.putIfAbsent(a.getPerson().getId(), a.getPerson());
            }
        }
        return keepers.values();
    }

    @Inject
    Residents residents;

    @Inject
    ProjectQueries queries;

    /** A choice of the managers' form: an id and its name in the reader's language. */
    public record Choice(long id, String name) implements Serializable {}

    /** The editions with final award winners that the caller manages, named in the caller's language. */
    @Transactional
    public List<Choice> editionsWithWinners() {
        UserAccount user = currentUser.require();
        return awardWinners.editionsWithWinners(user.getLanguage()).stream()
                .filter(e -> competitionStewards.mayManage(user, competitionStewards.keyPrefix() + e.competitionId()))
                .map(e -> new Choice(e.competitionId(), e.name()))
                .toList();
    }

    /** The incubators the caller manages, named in the caller's language. */
    @Transactional
    public List<Choice> managedIncubators() {
        return residents.managedBy(currentUser.require()).stream()
                .map(i -> new Choice(i.id(), i.name()))
                .toList();
    }

    /** The reserve calls taking declarations today, named in the caller's language. */
    @Transactional
    public List<Choice> openCalls() {
        Language language = currentUser.require().getLanguage();
        return queries.openOn(LocalDate.now(clock)).stream()
                .map(c -> new Choice(c.id(), c.name().text(language)))
                .toList();
    }
}
