package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.competition.application.AwardWinners;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.incubation.domain.IntakeApplicationRepository;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.domain.IntakeInvitation;
import org.greenhub.incubation.domain.IntakeInvitationRepository;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;

/**
 * Inviting a competition's award winners to an intake call, and carrying their entry's data over into the
 * application. The winners and their entries come from {@link AwardWinners}, the read that competitions publish;
 * incubation reads no competition table.
 */
@ApplicationScoped
public class AwardWinnerInvitations {

    /** A competition with award winners, for the managers' choice. */
    public record CompetitionChoice(long id, String name, long winners) implements Serializable {}

    /** What an invited organisation's application starts from. */
    public record CarriedOver(
            long organisationId, String projectTitle, String summary, GreenFocusArea focusArea, GreenMetrics metrics)
            implements Serializable {}

    @Inject
    IntakeInvitationRepository invitationRepository;

    @Inject
    IntakeApplicationRepository applicationRepository;

    @Inject
    IntakeQueries queries;

    @Inject
    IntakeCallService calls;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    AwardWinners awardWinners;

    /** Competitions whose entries carry a final award, newest first, named in the given language. */
    public List<CompetitionChoice> competitionsWithWinners(Language language) {
        return awardWinners.editionsWithWinners(language).stream()
                .map(e -> new CompetitionChoice(e.competitionId(), e.name(), e.winners()))
                .toList();
    }

    /**
     * Invites every award winner of the competition to the (published, open) call: one invitation per organisation,
     * mailed to the people who keep its record, in their language, with a link that carries the entry over.
     * Organisations already invited or already applying are left out.
     *
     * @return how many organisations were invited now
     */
    @Transactional
    public int invite(long callId, long competitionId) {
        IntakeCall call = calls.requireManaged(callId);
        if (!call.isOpen(Instant.now(clock))) {
            throw DomainException.conflict(null, "incubation.application.callNotOpen");
        }
        UserAccount manager = currentUser.require();
        Set<Long> alreadyThere = new HashSet<>(invitationRepository.organisationIdsInvitedTo(callId));
        alreadyThere.addAll(applicationRepository.organisationIdsOf(callId));
        Instant now = Instant.now(clock);
        int invited = 0;
        for (AwardWinners.Winner winner : awardWinners.winners(competitionId)) {
            // one invitation per organisation: its first winning entry; none for those invited or applying already
            if (!alreadyThere.add(winner.organisationId())) {
                continue;
            }
            invitationRepository.add(
                    new IntakeInvitation(callId, winner.organisationId(), winner.entryId(), manager.getId(), now));
            mailRecordKeepers(call, winner.organisationId(), winner.entryId());
            invited++;
        }
        audit.record(
                "INTAKE_AWARD_WINNERS_INVITED",
                "IntakeCall",
                callId,
                null,
                Map.of("competition", competitionId, "invited", invited),
                null);
        return invited;
    }

    /**
     * The entry's data for an application to the call, when the call invited the entry's organisation and the user may
     * apply for it; empty otherwise (nothing is told about other organisations' entries).
     */
    @Transactional
    public Optional<CarriedOver> carriedOver(long callId, long entryId, Collection<Long> myOrganisations) {
        if (myOrganisations.isEmpty()) {
            return Optional.empty();
        }
        List<IntakeInvitation> invitations = invitationRepository.of(callId, entryId, myOrganisations);
        if (invitations.isEmpty()) {
            return Optional.empty();
        }
        return awardWinners.winningEntry(entryId).map(entry -> {
            String summary = entry.summary();
            if (summary != null && summary.length() > IntakeApplication.MAX_SUMMARY) {
                summary = summary.substring(0, IntakeApplication.MAX_SUMMARY);
            }
            return new CarriedOver(
                    entry.organisationId(),
                    entry.projectTitle(),
                    summary,
                    enumOrNull(GreenFocusArea.class, entry.track()),
                    entry.metrics());
        });
    }

    private void mailRecordKeepers(IntakeCall call, long organisationId, long entryId) {
        List<Long> people = queries.recordKeepers(organisationId);
        String link = config.baseUrl() + "incubation/intake/my/apply.xhtml?call=" + call.getId() + "&entry=" + entryId;
        for (Long personId : new java.util.TreeSet<>(people)) {
            accounts.find(personId).ifPresent(person -> {
                java.util.Locale locale = person.getLanguage().locale();
                mailer.queue(
                        person.getEmail(),
                        messages.get(
                                locale,
                                "incubation.mail.invited.subject",
                                messages.localised(locale, call.getTitles())),
                        messages.get(
                                locale,
                                "incubation.mail.invited.body",
                                person.getDisplayName(),
                                messages.localised(locale, call.getTitles()),
                                call.getIncubator().name(person.getLanguage()),
                                link));
            });
        }
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(
                    type, name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
