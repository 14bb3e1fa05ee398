package org.greenhub.alliance;

import static org.greenhub.testsupport.server.AllianceSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.greenhub.alliance.application.AllianceAdministration;
import org.greenhub.alliance.application.AllianceExports;
import org.greenhub.alliance.application.EventService;
import org.greenhub.alliance.application.MemberEvaluationService;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.application.MembershipQueries.DirectoryQuery;
import org.greenhub.alliance.application.MembershipQueries.DirectoryRow;
import org.greenhub.alliance.application.MembershipQueries.MemberQuery;
import org.greenhub.alliance.application.MembershipService;
import org.greenhub.alliance.application.NeedsBoard;
import org.greenhub.alliance.domain.ActivityBand;
import org.greenhub.alliance.domain.AllianceEvent;
import org.greenhub.alliance.domain.CouncilDecision;
import org.greenhub.alliance.domain.DuesPayment;
import org.greenhub.alliance.domain.EvaluationWeights;
import org.greenhub.alliance.domain.EventKind;
import org.greenhub.alliance.domain.Membership;
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

/** Who may see and change what, events within capacity, the needs board, the yearly evaluation and the public directory. */
class AllianceActivitiesIT extends InServerTest {

    @Inject
    MembershipService memberships;

    @Inject
    MembershipQueries queries;

    @Inject
    EventService events;

    @Inject
    NeedsBoard needs;

    @Inject
    MemberEvaluationService evaluation;

    @Inject
    AllianceAdministration administration;

    @Inject
    AllianceExports exports;

    @Inject
    org.greenhub.alliance.application.AllianceParticipation participation;

    @Inject
    AllianceFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Inject
    AllianceSteps steps;

    @Test
    void coordinatorsOfOneAllianceCannotReadOrChangeAnothersMembersAndMembersSeeOnlyTheirOwn() {
        AllianceSetup a = fixtures.alliance("Alliance A");
        AllianceSetup b = fixtures.alliance("Alliance B");
        Member member = fixtures.member("Member of A", OrganisationKind.ENTERPRISE);
        Member other = fixtures.member("Member of B", OrganisationKind.ENTERPRISE);
        long id = steps.activeMember(a, member, Membership.Contacts.none());
        long otherId = steps.activeMember(b, other, Membership.Contacts.none());

        actingAs.user(b.coordinatorId());
        refused("platform.error.notFound", () -> queries.view(id, Language.ENGLISH));
        refused(
                "platform.error.notFound",
                () -> memberships.recordDues(id, new DuesPayment.Dues(BigDecimal.TEN, TestTime.today(), "X")));
        refused(
                "platform.error.notFound",
                () -> memberships.expel(id, new CouncilDecision(TestTime.today(), 9, 0, 0), "no"));
        refused(
                "platform.error.notFound",
                () -> queries.members(new MemberQuery(a.allianceId(), null, null, false, null, null, true), 0, 10));
        refused("platform.error.notFound", () -> queries.workspace(a.allianceId()));
        refused(
                "platform.error.notFound",
                () -> exports.members(a.allianceId(), AllianceExports.Format.CSV, Language.ENGLISH));
        assertEquals(1, queries.countMembers(new MemberQuery(b.allianceId(), null, null, false, null, null, true)));

        // The organisation record's path: another alliance's coordinator does not see this membership there.
        assertTrue(participation
                .linesFor(member.organisationId(), fixtures.account(b.coordinatorId()))
                .isEmpty());
        assertEquals(
                1,
                participation
                        .linesFor(member.organisationId(), fixtures.account(a.coordinatorId()))
                        .size());
        assertEquals(
                "alliance.status.ACTIVE",
                participation
                        .linesFor(member.organisationId(), fixtures.account(member.founderId()))
                        .get(0)
                        .statusKey());

        actingAs.user(other.founderId());
        refused("platform.error.notFound", () -> queries.view(id, Language.ENGLISH));
        refused(
                "platform.error.notFound",
                () -> memberships.giveNotice(
                        id, TestTime.today(), TestTime.today().plusDays(40), "x"));
        refused(
                "platform.error.notFound",
                () -> queries.members(new MemberQuery(a.allianceId(), null, null, false, null, null, true), 0, 10));
        assertEquals(
                List.of(otherId),
                queries.mine(Language.ENGLISH).stream()
                        .map(MembershipQueries.MyMembershipRow::id)
                        .toList());
    }

    @Test
    void eventsKeepTheirCapacityAndAttendanceFeedsTheEvaluation() {
        AllianceSetup alliance = fixtures.alliance("Event alliance");
        Member first = fixtures.member("First attendee", OrganisationKind.ENTERPRISE);
        Member second = fixtures.member("Second attendee", OrganisationKind.UNIVERSITY);
        Member outsider = fixtures.member("Not a member", OrganisationKind.ENTERPRISE);
        long firstId = steps.activeMember(alliance, first, Membership.Contacts.none());
        long secondId = steps.activeMember(alliance, second, Membership.Contacts.none());

        actingAs.user(alliance.coordinatorId());
        long eventId = events.create(
                        alliance.allianceId(),
                        new AllianceEvent.Details(
                                EventKind.CAPITAL_MATCHING,
                                "Green projects meet investors",
                                TestTime.now().plus(2, ChronoUnit.DAYS),
                                "Suzhou",
                                1,
                                null))
                .getId();
        refused(
                "alliance.event.capacityRange",
                () -> events.create(
                        alliance.allianceId(),
                        new AllianceEvent.Details(
                                EventKind.FORUM,
                                "Empty forum",
                                TestTime.now().plus(2, ChronoUnit.DAYS),
                                null,
                                0,
                                null)));

        actingAs.user(first.founderId());
        events.register(eventId, firstId);
        refused("alliance.event.alreadyRegistered", () -> events.register(eventId, firstId));
        actingAs.user(second.founderId());
        refused("alliance.event.full", () -> events.register(eventId, secondId));
        actingAs.user(outsider.founderId());
        refused("platform.error.notFound", () -> events.register(eventId, firstId));

        actingAs.user(alliance.coordinatorId());
        List<EventService.RegistrationRow> registered = events.registrations(eventId);
        assertEquals(1, registered.size());
        events.markAttendance(registered.get(0).id(), true);
        // A past event of this year, attended by the first member only, so the evaluation has something to count.
        fixtures.update(
                "update alliance_event set starts_at = ?1 where id = ?2",
                java.sql.Timestamp.from(TestTime.today()
                        .withDayOfYear(1)
                        .atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant()
                        .plus(1, ChronoUnit.HOURS)),
                eventId);

        int year = TestTime.today().getYear();
        assertEquals(2, evaluation.evaluate(alliance.allianceId(), year));
        List<MemberEvaluationService.EvaluationLine> lines = evaluation.year(alliance.allianceId(), year, 0, 10);
        MemberEvaluationService.EvaluationLine firstLine = line(lines, firstId);
        MemberEvaluationService.EvaluationLine secondLine = line(lines, secondId);
        // default weights 40/20/20/20: attendance 100 and dues 100 give 60; no attendance gives 20
        assertEquals(0, new BigDecimal("60").compareTo(firstLine.finalScore()), firstLine.toString());
        assertEquals(0, new BigDecimal("20").compareTo(secondLine.finalScore()), secondLine.toString());
        evaluation.mark(firstLine.id(), new BigDecimal("90"), new BigDecimal("95"));
        refused(
                "alliance.evaluation.reasonRequired",
                () -> evaluation.adjust(firstLine.id(), new BigDecimal("3"), null));
        refused(
                "alliance.evaluation.partRange",
                () -> evaluation.mark(firstLine.id(), new BigDecimal("120"), BigDecimal.ZERO));
        evaluation.adjust(firstLine.id(), new BigDecimal("3"), "Hosted the technology transfer session");
        MemberEvaluationService.EvaluationLine adjusted =
                line(evaluation.year(alliance.allianceId(), year, 0, 10), firstId);
        // 100*.4 + 90*.2 + 95*.2 + 100*.2 = 97, +3 = 100
        assertEquals(0, new BigDecimal("97").compareTo(adjusted.computed()), adjusted.toString());
        assertEquals(0, new BigDecimal("100").compareTo(adjusted.finalScore()));
        assertEquals(ActivityBand.HIGH, adjusted.band());
        assertEquals(
                ActivityBand.POOR,
                line(evaluation.year(alliance.allianceId(), year, 0, 10), secondId)
                        .band());

        // Weights are the coordinator's; they must add up to 100.
        var record = AllianceAdministration.Record.of(administration.forEdit(alliance.allianceId()));
        refused(
                "alliance.validation.weightSum",
                () -> administration.update(
                        alliance.allianceId(),
                        new AllianceAdministration.Record(
                                record.names(),
                                record.focusArea(),
                                null,
                                9,
                                60,
                                90,
                                new EvaluationWeights(50, 20, 20, 20)),
                        administration.forEdit(alliance.allianceId()).getVersion()));

        // Members see their result only once published.
        actingAs.user(first.founderId());
        assertTrue(queries.view(firstId, Language.ENGLISH).evaluations().isEmpty());
        actingAs.user(alliance.coordinatorId());
        evaluation.publish(alliance.allianceId(), year);
        String csv = new String(
                exports.evaluations(alliance.allianceId(), year, AllianceExports.Format.CSV, Language.THAI)
                        .content(),
                StandardCharsets.UTF_8);
        // the band and the headers in the reader's language, not as codes
        assertTrue(csv.contains(first.organisationName()) && csv.contains("สูง") && !csv.contains("HIGH"), csv);
        actingAs.user(first.founderId());
        assertEquals(
                ActivityBand.HIGH,
                queries.view(firstId, Language.ENGLISH).evaluations().get(0).band());
    }

    private static MemberEvaluationService.EvaluationLine line(
            List<MemberEvaluationService.EvaluationLine> lines, long membershipId) {
        return lines.stream()
                .filter(l -> l.membershipId() == membershipId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void membersPublishNeedsThatOtherMembersAnswer() {
        AllianceSetup alliance = fixtures.alliance("Needs alliance");
        Member asking = fixtures.member("Asking member", OrganisationKind.ENTERPRISE);
        Member answering = fixtures.member("Answering member", OrganisationKind.RESEARCH_INSTITUTE);
        Member outsider = fixtures.member("Outside", OrganisationKind.ENTERPRISE);
        long askingId = steps.activeMember(alliance, asking, Membership.Contacts.none());
        long answeringId = steps.activeMember(alliance, answering, Membership.Contacts.none());

        actingAs.user(asking.founderId());
        long needId = needs.publish(
                        askingId, "Low-temperature waste heat recovery", "We need a partner for 80 °C flue gas.")
                .getId();
        refused("alliance.need.ownNeed", () -> needs.answer(needId, askingId, "Ourselves"));
        actingAs.user(answering.founderId());
        needs.answer(needId, answeringId, "Our institute has a pilot ORC unit.");
        List<NeedsBoard.NeedRow> board = needs.board(alliance.allianceId(), 20);
        assertEquals(1, board.size());
        assertEquals(answering.organisationName(), board.get(0).answers().get(0).member());
        actingAs.user(outsider.founderId());
        refused("platform.error.notFound", () -> needs.board(alliance.allianceId(), 20));
    }

    @Test
    void theDirectoryListsOnlyCurrentMembersWithTheContactsTheyChoseSearchableInAnyScript() {
        AllianceSetup alliance = fixtures.alliance("Directory alliance");
        Member shown = fixtures.member("绿色能源 Directory", OrganisationKind.ENTERPRISE);
        Member hidden = fixtures.member("Công ty Xanh", OrganisationKind.UNIVERSITY);
        Member applicant = fixtures.member("Still applying", OrganisationKind.ENTERPRISE);
        steps.activeMember(
                alliance, shown, new Membership.Contacts("public@example.test", "+86 1", true, false, false));
        steps.activeMember(
                alliance, hidden, new Membership.Contacts("private@example.test", "+84 2 3456", false, true, false));
        actingAs.user(applicant.founderId());
        memberships.apply(
                alliance.allianceId(),
                applicant.organisationId(),
                alliance.categoryIds().get(3),
                new Membership.Application(null, Membership.Contacts.none()));

        actingAs.user(0L);
        List<DirectoryRow> all =
                queries.directory(new DirectoryQuery(alliance.allianceId(), null, null, null, true), 0, 20);
        assertEquals(2, all.size(), all.toString());
        assertTrue(all.stream().noneMatch(r -> r.name().equals(applicant.organisationName())));
        DirectoryRow shownRow = all.stream()
                .filter(r -> r.name().equals(shown.organisationName()))
                .findFirst()
                .orElseThrow();
        assertEquals("public@example.test", shownRow.email());
        assertNull(shownRow.phone());
        DirectoryRow hiddenRow = all.stream()
                .filter(r -> r.name().equals(hidden.organisationName()))
                .findFirst()
                .orElseThrow();
        assertNull(hiddenRow.email());
        assertEquals("+84 2 3456", hiddenRow.phone());

        assertEquals(
                List.of(hidden.organisationName()),
                names(new DirectoryQuery(alliance.allianceId(), "cong ty", null, null, true)));
        assertEquals(
                List.of(shown.organisationName()),
                names(new DirectoryQuery(alliance.allianceId(), "绿色能源", null, null, true)));
        assertEquals(
                List.of(hidden.organisationName()),
                names(new DirectoryQuery(alliance.allianceId(), null, null, OrganisationKind.UNIVERSITY, true)));
        assertEquals(
                2,
                queries.countDirectory(new DirectoryQuery(
                        alliance.allianceId(), null, alliance.categoryIds().get(3), null, true)));
    }

    private List<String> names(DirectoryQuery query) {
        return queries.directory(query, 0, 20).stream().map(DirectoryRow::name).toList();
    }

    @Test
    void theCouncilHasNoMoreMembersThanSeatsAndListsTheChairFirst() {
        AllianceSetup alliance = fixtures.alliance("Council alliance");
        AllianceSetup other = fixtures.alliance("Other council alliance");
        Member lead = fixtures.member("Council lead", OrganisationKind.ENTERPRISE);
        actingAs.user(other.coordinatorId());
        refused(
                "platform.error.notFound",
                () -> administration.addCouncilMember(
                        alliance.allianceId(),
                        org.greenhub.alliance.domain.CouncilMember.Office.MEMBER,
                        "Intruder",
                        null));
        actingAs.user(alliance.coordinatorId());
        for (int i = 1; i <= 8; i++) {
            administration.addCouncilMember(
                    alliance.allianceId(),
                    org.greenhub.alliance.domain.CouncilMember.Office.MEMBER,
                    "Member " + i,
                    null);
        }
        administration.addCouncilMember(
                alliance.allianceId(),
                org.greenhub.alliance.domain.CouncilMember.Office.CHAIR,
                "张明 Zhang Ming",
                lead.organisationId());
        refused(
                "alliance.council.full",
                () -> administration.addCouncilMember(
                        alliance.allianceId(),
                        org.greenhub.alliance.domain.CouncilMember.Office.MEMBER,
                        "Tenth",
                        null));
        List<AllianceAdministration.CouncilRow> council = administration.council(alliance.allianceId());
        assertEquals(9, council.size());
        assertEquals("张明 Zhang Ming", council.get(0).name());
        assertEquals(lead.organisationName(), council.get(0).organisation());
    }

    @Test
    void administratorsCreateAlliancesAndNameCoordinatorsWhoThenKeepTheRecord() {
        long admin = fixtures.count("select id from user_account where email = 'admin@greenhub.test'");
        long coordinator = fixtures.person("New coordinator", Language.VIETNAMESE);
        actingAs.user(admin);
        String code = "NEW" + (System.nanoTime() % 100000);
        var created = administration.create(
                code,
                new org.greenhub.alliance.domain.Alliance.Names(
                        "Green Building Alliance", "绿色建筑联盟", "พันธมิตรอาคารเขียว", "Liên minh Công trình Xanh"),
                15,
                List.of(fixtures.email(coordinator)));
        refused(
                "alliance.validation.codeTaken",
                () -> administration.create(
                        code,
                        new org.greenhub.alliance.domain.Alliance.Names("Twin", null, null, null),
                        15,
                        List.of(fixtures.email(coordinator))));
        refused(
                "alliance.validation.unknownCoordinator",
                () -> administration.create(
                        "OTHER" + code.substring(3),
                        new org.greenhub.alliance.domain.Alliance.Names("X", null, null, null),
                        15,
                        List.of("nobody@example.test")));
        assertEquals(4, administration.categories(created.getId()).size());
        assertEquals(
                "พันธมิตรอาคารเขียว",
                administration.summary(created.getId(), Language.THAI).name());

        actingAs.user(coordinator);
        assertEquals(
                Set.of(created.getId()),
                administration.coordinatedByMe(Language.ENGLISH).stream()
                        .map(AllianceAdministration.AllianceSummary::id)
                        .collect(java.util.stream.Collectors.toSet()));
        administration.saveCategory(
                created.getId(),
                administration.categories(created.getId()).get(3).getId(),
                org.greenhub.platform.i18n.LocalisedInput.english("Ordinary member unit"),
                new BigDecimal("12000"));
        refused(
                "alliance.validation.dues",
                () -> administration.saveCategory(
                        created.getId(),
                        null,
                        org.greenhub.platform.i18n.LocalisedInput.english("Negative"),
                        new BigDecimal("-1")));
        assertEquals(
                0,
                new BigDecimal("12000")
                        .compareTo(administration
                                .categories(created.getId())
                                .get(3)
                                .getAnnualDues()));
    }
}
