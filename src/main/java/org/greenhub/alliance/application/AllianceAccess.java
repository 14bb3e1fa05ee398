package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceRepository;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipChange;
import org.greenhub.alliance.domain.MembershipRepository;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.platform.error.DomainException;

/**
 * The per-record permission checks every alliance service uses. A coordinator manages only the alliances whose
 * secretariat they are in; a member's people see only their own organisation's membership. Anything else is "not
 * found", like an id that does not exist.
 */
@ApplicationScoped
public class AllianceAccess {

    @Inject
    AllianceRepository alliances;

    @Inject
    MembershipRepository memberships;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    /** The alliance, when the caller is in its secretariat (with the coordinator role) or an administrator. */
    public Alliance coordinated(long allianceId) {
        UserAccount user = currentUser.require();
        Alliance alliance = alliances.find(allianceId).orElse(null);
        if (alliance == null || !mayCoordinate(user, alliance)) {
            throw DomainException.notFound();
        }
        return alliance;
    }

    /** As {@link #coordinated(long)}, with the alliance row locked until the transaction ends. */
    public Alliance coordinatedForUpdate(long allianceId) {
        Alliance alliance = coordinated(allianceId);
        alliances.lock(alliance);
        return alliance;
    }

    public boolean mayCoordinate(UserAccount user, Alliance alliance) {
        return user.hasRole(Role.ADMINISTRATOR)
                || user.hasRole(Role.ALLIANCE_COORDINATOR) && alliance.isCoordinator(user.getId());
    }

    /** A membership the caller coordinates. */
    public Membership coordinatedMembership(long membershipId) {
        Membership membership = memberships.find(membershipId).orElse(null);
        if (membership == null) {
            throw DomainException.notFound();
        }
        coordinated(membership.getAlliance().getId());
        return membership;
    }

    /** A membership the caller may read: its coordinators, or someone currently affiliated with the organisation. */
    public Membership readableMembership(long membershipId) {
        UserAccount user = currentUser.require();
        Membership membership = memberships.find(membershipId).orElse(null);
        if (membership == null
                || !(mayCoordinate(user, membership.getAlliance())
                        || affiliated(user, membership.getOrganisation().getId()))) {
            throw DomainException.notFound();
        }
        return membership;
    }

    /**
     * The alliance, when the caller coordinates it or currently belongs to an organisation with a membership of it
     * (the people who read its events on their membership page); "not found" otherwise.
     */
    public Alliance readableByMembers(long allianceId) {
        UserAccount user = currentUser.require();
        Alliance alliance = alliances.find(allianceId).orElse(null);
        if (alliance != null && mayCoordinate(user, alliance)) {
            return alliance;
        }
        boolean member = alliance != null
                && currentAffiliations().stream()
                        .map(a -> a.getOrganisation().getId())
                        .distinct()
                        .flatMap(organisation -> memberships.ofOrganisation(organisation).stream())
                        .anyMatch(m -> m.getAlliance().getId().equals(alliance.getId()));
        if (!member) {
            throw DomainException.notFound();
        }
        return alliance;
    }

    /** A membership the caller may act on for the organisation (founders, legal representatives, managers). */
    public Membership ownMembership(long membershipId) {
        Membership membership = readableMembership(membershipId);
        if (!organisations.canEdit(membership.getOrganisation().getId())) {
            throw DomainException.notFound();
        }
        return membership;
    }

    public boolean affiliated(UserAccount user, long organisationId) {
        LocalDate today = today();
        return organisations.affiliationsOf(user.getId()).stream()
                .anyMatch(a -> a.getOrganisation().getId() == organisationId && a.isCurrent(today));
    }

    /** The organisations the caller currently belongs to. */
    public List<Affiliation> currentAffiliations() {
        LocalDate today = today();
        return organisations.myAffiliations().stream()
                .filter(a -> a.isCurrent(today))
                .toList();
    }

    public MembershipChange.Actor actor() {
        return currentUser
                .account()
                .map(u -> new MembershipChange.Actor(u.getId(), u.getEmail()))
                .orElse(null);
    }

    public UserAccount user() {
        return currentUser.require();
    }

    public Instant now() {
        return Instant.now(clock);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
