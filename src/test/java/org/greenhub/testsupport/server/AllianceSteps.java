package org.greenhub.testsupport.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.greenhub.alliance.application.MembershipService;
import org.greenhub.alliance.domain.CouncilDecision;
import org.greenhub.alliance.domain.DuesPayment;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.function.Executable;

/** Steps the alliance tests share: taking an organisation through admission, and checking a refusal's message. */
@ApplicationScoped
public class AllianceSteps {

    @Inject
    MembershipService memberships;

    @Inject
    ActingAs actingAs;

    /** The founder applies (ordinary member), the coordinator admits: council vote, agreement, first dues. */
    public long activeMember(
            AllianceFixtures.AllianceSetup alliance, AllianceFixtures.Member member, Membership.Contacts contacts) {
        actingAs.user(member.founderId());
        long id = memberships
                .apply(
                        alliance.allianceId(),
                        member.organisationId(),
                        alliance.categoryIds().get(3),
                        new Membership.Application("We build heat pumps for industrial parks.", contacts))
                .getId();
        actingAs.user(alliance.coordinatorId());
        memberships.forwardToCouncil(id, null);
        memberships.recordCouncilDecision(id, new CouncilDecision(TestTime.today(), 6, 0, 0), null);
        memberships.recordAgreementSigned(id, TestTime.today());
        memberships.recordDues(id, new DuesPayment.Dues(new BigDecimal("10000"), TestTime.today(), "BANK-" + id));
        return id;
    }

    /** The step is refused with this message key. */
    public static void refused(String key, Executable step) {
        DomainException refusal = assertThrows(DomainException.class, step);
        assertEquals(key, refusal.messageKey(), refusal.getMessage());
    }
}
