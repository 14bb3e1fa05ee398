package org.greenhub.alliance;

import static org.greenhub.testsupport.server.AllianceSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenhub.alliance.application.AllianceExports;
import org.greenhub.alliance.application.MemberBulkActions;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.application.MembershipQueries.MemberQuery;
import org.greenhub.alliance.application.MembershipService;
import org.greenhub.alliance.domain.CouncilDecision;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.AllianceFixtures;
import org.greenhub.testsupport.server.AllianceFixtures.AllianceSetup;
import org.greenhub.testsupport.server.AllianceFixtures.Member;
import org.greenhub.testsupport.server.AllianceSteps;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * A coordinator acts on several memberships at once: each is checked (its alliance, the caller's coordination, its
 * state) before anything is done, and the action is all-or-nothing. Reminders go to each member's people in their own
 * language; the selection's export names states and headers in the reader's language and holds only the selection.
 */
class MemberBulkActionsIT extends InServerTest {

    @Inject
    MemberBulkActions bulk;

    @Inject
    MembershipService memberships;

    @Inject
    MembershipQueries queries;

    @Inject
    AllianceExports exports;

    @Inject
    AllianceFixtures fixtures;

    @Inject
    AllianceSteps steps;

    @Inject
    ActingAs actingAs;

    private long apply(AllianceSetup alliance, Member member) {
        actingAs.user(member.founderId());
        return memberships
                .apply(
                        alliance.allianceId(),
                        member.organisationId(),
                        alliance.categoryIds().get(3),
                        new Membership.Application("Heat pumps for industrial parks.", Membership.Contacts.none()))
                .getId();
    }

    private MembershipStatus status(long membershipId) {
        for (MembershipStatus status : MembershipStatus.values()) {
            if (fixtures.count(
                            "select count(*) from alliance_membership where id = ?1 and status = ?2",
                            membershipId,
                            status.name())
                    == 1) {
                return status;
            }
        }
        throw new AssertionError("no membership " + membershipId);
    }

    @Test
    void aForeignMembershipInTheSelectionIsRefusedAndNobodyIsAsked() {
        AllianceSetup mine = fixtures.alliance("Bulk A");
        AllianceSetup other = fixtures.alliance("Bulk B");
        long first = apply(mine, fixtures.member("Bulk first", OrganisationKind.ENTERPRISE));
        long second = apply(mine, fixtures.member("Bulk second", OrganisationKind.ENTERPRISE));
        long foreign = apply(other, fixtures.member("Bulk foreign", OrganisationKind.ENTERPRISE));

        actingAs.user(mine.coordinatorId());
        MemberBulkActions.Refused refused = assertThrows(
                MemberBulkActions.Refused.class,
                () -> bulk.requestInformation(
                        mine.allianceId(), List.of(first, foreign, second), "Please send your last annual report."));
        assertEquals(1, refused.refusals().size());
        assertEquals(foreign, refused.refusals().get(0).membershipId());
        assertEquals(null, refused.refusals().get(0).name(), "another alliance's member is not named");
        assertEquals("platform.error.notFound", refused.refusals().get(0).messageKey());
        assertEquals(MembershipStatus.SUBMITTED, status(first));
        assertEquals(MembershipStatus.SUBMITTED, status(second));

        // the other alliance's coordinator cannot act on this alliance at all
        actingAs.user(other.coordinatorId());
        refused("platform.error.notFound", () -> bulk.remind(mine.allianceId(), List.of(first)));
        refused(
                "platform.error.notFound",
                () -> exports.members(mine.allianceId(), AllianceExports.Format.CSV, Language.ENGLISH, List.of(first)));

        actingAs.user(mine.coordinatorId());
        refused("platform.validation.required", () -> bulk.requestInformation(mine.allianceId(), List.of(first), " "));
        refused("alliance.bulk.noneSelected", () -> bulk.requestInformation(mine.allianceId(), List.of(), "Question?"));
        assertEquals(
                2,
                bulk.requestInformation(
                        mine.allianceId(), List.of(first, second), "Please send your last annual report."));
        assertEquals(MembershipStatus.INFO_REQUESTED, status(first));
        assertEquals(MembershipStatus.INFO_REQUESTED, status(second));
        assertEquals(MembershipStatus.SUBMITTED, status(foreign));
    }

    @Test
    void remindersGoWhereTheyApplyInEachRecipientsLanguageAndAnyOtherStateRefusesThemAll() {
        AllianceSetup alliance = fixtures.alliance("Bulk reminders");
        Member asked = fixtures.member("Bulk asked", OrganisationKind.ENTERPRISE);
        Member approved = fixtures.member("Bulk approved", OrganisationKind.UNIVERSITY);
        Member active = fixtures.member("Bulk active", OrganisationKind.ENTERPRISE);
        fixtures.update("update user_account set preferred_locale = 'th' where id = ?1", approved.founderId());
        long askedId = apply(alliance, asked);
        long approvedId = apply(alliance, approved);
        long activeId = steps.activeMember(alliance, active, Membership.Contacts.none());
        actingAs.user(alliance.coordinatorId());
        memberships.requestInformation(askedId, "Your registration certificate, please.");
        memberships.forwardToCouncil(approvedId, null);
        memberships.recordCouncilDecision(approvedId, new CouncilDecision(TestTime.today(), 6, 0, 0), null);
        int askedMails = fixtures.mailSubjects(asked.founderEmail()).size();

        // an active member owes nothing: the whole reminder is refused, naming it, and nobody is mailed
        MemberBulkActions.Refused refused = assertThrows(
                MemberBulkActions.Refused.class,
                () -> bulk.remind(alliance.allianceId(), List.of(askedId, approvedId, activeId)));
        assertEquals(
                List.of(activeId),
                refused.refusals().stream()
                        .map(MemberBulkActions.Refusal::membershipId)
                        .toList());
        assertEquals(active.organisationName(), refused.refusals().get(0).name());
        assertEquals("alliance.bulk.noReminder", refused.refusals().get(0).messageKey());
        assertEquals(askedMails, fixtures.mailSubjects(asked.founderEmail()).size());

        assertEquals(2, bulk.remind(alliance.allianceId(), List.of(askedId, approvedId)));
        assertTrue(
                fixtures.mailSubjects(asked.founderEmail()).get(0).contains("waiting for your answer"),
                fixtures.mailSubjects(asked.founderEmail()).toString());
        assertTrue(
                fixtures.mailSubjects(approved.founderEmail()).get(0).contains("ค่าบำรุงสมาชิกยังค้างชำระ"),
                "the Thai founder is reminded of the dues in Thai: " + fixtures.mailSubjects(approved.founderEmail()));
        assertEquals(
                1,
                fixtures.count(
                        "select count(*) from audit_event where action = 'ALLIANCE_REMINDER_SENT' and entity_id = ?1",
                        String.valueOf(approvedId)));
    }

    @Test
    void allMatchingIsEveryMemberTheFilterShowsAndTheSelectionsExportHoldsOnlyThemInTheReadersLanguage() {
        AllianceSetup alliance = fixtures.alliance("Bulk export");
        Member first = fixtures.member("Bulk export first", OrganisationKind.ENTERPRISE);
        Member second = fixtures.member("Bulk export second", OrganisationKind.ENTERPRISE);
        Member third = fixtures.member("Bulk export third", OrganisationKind.ENTERPRISE);
        long firstId = apply(alliance, first);
        long secondId = apply(alliance, second);
        steps.activeMember(alliance, third, Membership.Contacts.none());

        actingAs.user(alliance.coordinatorId());
        MemberQuery inReview = new MemberQuery(
                alliance.allianceId(),
                List.of(MembershipStatus.SUBMITTED, MembershipStatus.INFO_REQUESTED),
                null,
                false,
                null,
                null,
                true);
        assertEquals(
                List.of(firstId, secondId).stream().sorted().toList(),
                queries.memberIds(inReview, 500).stream().sorted().toList());

        String csv = new String(
                exports.members(alliance.allianceId(), AllianceExports.Format.CSV, Language.THAI, List.of(firstId))
                        .content(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains(first.organisationName()), csv);
        assertFalse(
                csv.contains(second.organisationName()) || csv.contains(third.organisationName()),
                "only the selection: " + csv);
        assertTrue(csv.contains("หมายเลขสมาชิก") && csv.contains("วิสาหกิจ"), "Thai headers and kind: " + csv);
        assertFalse(
                csv.contains("SUBMITTED") || csv.contains("ENTERPRISE") || csv.contains("registered_name"),
                "no codes: " + csv);
    }
}
