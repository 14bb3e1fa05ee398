package org.greenhub.alliance.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceEvent;

/** The read side of an alliance: its pages' lists and the rows of its exports, projected in the database. */
public interface AllianceReads {

    /**
     * Members export: number, name, registered name, kind, category (its four names), dues, status, validity, contact;
     * {@code only}: just those memberships of the alliance ({@code null}: all).
     */
    List<Object[]> memberExportRows(Alliance alliance, java.util.Collection<Long> only);

    /** Dues export: paid on, number, member, amount, reference, by payment date. */
    List<Object[]> ledgerExportRows(long allianceId);

    /** Evaluation export of one year, in the columns of its header. */
    List<Object[]> evaluationExportRows(long allianceId, int year);

    /** Who sits on the council, chair first. */
    List<AllianceAdministration.CouncilRow> council(long allianceId);

    /** The alliance's events starting from {@code from}, soonest first. */
    List<EventService.EventRow> upcomingEvents(long allianceId, Instant from, int limit);

    /** One page of the alliance's events starting from {@code from}, soonest first. */
    List<EventService.EventRow> eventsFrom(long allianceId, Instant from, int first, int size);

    long countEventsFrom(long allianceId, Instant from);

    /** The alliance's events, latest first (at most 200). */
    List<EventService.EventRow> allEvents(long allianceId);

    List<EventService.RegistrationRow> registrations(AllianceEvent event);

    /** The events the person registered for on behalf of the membership. */
    List<Long> registeredEventIds(long membershipId, long personId);

    /** The newest needs on the alliance's board. */
    List<NeedsBoard.NeedRow> needs(Alliance alliance, int limit);

    /** The answers to these needs, oldest first. */
    List<NeedsBoard.AnswerRow> answers(Collection<Long> needIds);

    /** A page of one year's evaluations (at most 200 lines), by member name. */
    List<MemberEvaluationService.EvaluationLine> evaluationLines(long allianceId, int year, int first, int size);

    long countEvaluations(long allianceId, int year);

    /** Events attended in [from, to) per membership id. */
    Map<Long, Long> attendance(Alliance alliance, Instant from, Instant to);

    /** The memberships that paid dues in [from, to). */
    List<Long> paidMembershipIds(long allianceId, LocalDate from, LocalDate to);

    /** The accounts of the alliance's coordinators. */
    List<UserAccount> coordinators(Collection<Long> ids);
}
