package org.greenhub.alliance.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.greenhub.account.domain.UserAccount;

/** Memberships with their history, seats and dues, as stored. */
public interface MembershipRepository {

    Optional<Membership> find(long id);

    void add(Membership membership);

    /** Writes pending changes now (an application that breaks the one-open-membership index fails here). */
    void flush();

    void addChange(MembershipChange change);

    /** The organisation's membership of the alliance that is not closed, if any. */
    Optional<Long> openMembershipId(long allianceId, long organisationId);

    /** The organisation's memberships with their alliances, newest application first. */
    List<Membership> ofOrganisation(long organisationId);

    /** The alliance's members (statuses that count as members). */
    List<Membership> membersOf(Alliance alliance);

    /** Whether the user currently belongs to an organisation that is a member of the alliance. */
    boolean hasMemberPerson(Alliance alliance, UserAccount user);

    void addSeat(MemberSeat seat);

    Optional<MemberSeat> findSeat(long id);

    /** The membership's seats with their people, oldest first. */
    List<MemberSeat> seatsOf(Membership membership);

    /** The people holding a seat today, the representative first. */
    List<UserAccount> currentSeatHolders(Membership membership, LocalDate today);

    void addPayment(DuesPayment payment);

    /** Active memberships whose renewal reminder is due today and not yet sent (one alliance, or all for null). */
    List<Long> dueForReminder(LocalDate today, Long allianceId, int batch);

    /** Memberships to move on today: expired to grace, grace to lapsed, exits taking effect (one alliance, or all). */
    List<Long> dueToMoveOn(LocalDate today, Long allianceId, int batch);

    /** The memberships with these ids, their alliances fetched. */
    List<Membership> withAlliance(Collection<Long> ids);

    /** As {@link #withAlliance}, in id order. */
    List<Membership> withAllianceInIdOrder(Collection<Long> ids);

    /** Members without dues paid or events attended since {@code cutoff} and not yet proposed as deemed to have left. */
    List<Membership> silentSince(LocalDate cutoff, LocalDate today, Long allianceId, int batch);
}
