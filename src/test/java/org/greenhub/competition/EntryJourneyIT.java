package org.greenhub.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenhub.account.domain.Role;
import org.greenhub.competition.application.EligibilityService;
import org.greenhub.competition.application.EntryAttachments;
import org.greenhub.competition.application.EntryReview;
import org.greenhub.competition.application.EntryService;
import org.greenhub.competition.application.MetricsRefused;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.EligibilityRule;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.competition.domain.EntryStatusChange;
import org.greenhub.organisation.domain.green.GreenIndustryCategory;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/** The applicant's journey through the services inside the real server: drafts, files, eligibility, submission, refusals. */
class EntryJourneyIT extends InServerTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXECUTABLE =
            "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Inject
    TestData data;

    @Inject
    EntryService entries;

    @Inject
    EntryAttachments attachments;

    @Inject
    EligibilityService eligibility;

    @Inject
    EntryReview review;

    @Inject
    org.greenhub.competition.application.CompetitionParticipation participation;

    @Inject
    org.greenhub.account.domain.UserAccountRepository accounts;

    private record Setup(long manager, long applicant, long organisation, long competition) {}

    private Setup setup(String series, Instant closesAt) {
        long manager = people.person("Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long applicant = people.person("Founder", Language.CHINESE, Role.APPLICANT);
        long organiser = people.organisation("Zone");
        long organisation =
                competitions.startUp("绿源科技", TestTime.today().minusMonths(6), "battery recycling", applicant);
        long competition = competitions.publishedCompetition(series, organiser, manager, closesAt);
        return new Setup(manager, applicant, organisation, competition);
    }

    private static Entry.Details details(String title, BigDecimal revenue) {
        return new Entry.Details(
                title,
                CompetitionGroup.START_UP,
                CompetitionFixtures.TRACK,
                "Summary",
                "Solid-state heat pumps",
                "Factories",
                "Five engineers",
                revenue,
                new BigDecimal("200000"),
                new BigDecimal("1000000"),
                true);
    }

    private static GreenMetrics goodMetrics() {
        GreenMetrics metrics = new GreenMetrics();
        metrics.setBaselineYear(TestTime.today().getYear() - 1);
        metrics.setBaselineEnergyUseMwh(new BigDecimal("1200"));
        metrics.setEnergySavedMwhPerYear(new BigDecimal("300"));
        metrics.setEmissionsAvoidedTco2ePerYear(new BigDecimal("180"));
        metrics.setCategory(GreenIndustryCategory.values()[0]);
        metrics.setMethodNote("Metered before and after retrofit");
        return metrics;
    }

    @Test
    void an_applicant_drafts_uploads_submits_and_follows_the_timeline() {
        Setup s = setup(TestData.unique("journey").toLowerCase(), TestTime.now().plus(Duration.ofDays(5)));
        competitions.requireAttachments(s.competition(), AttachmentKind.BUSINESS_PLAN);
        actingAs.user(s.applicant());
        assertTrue(entries.organisationsIMayEnter().stream().anyMatch(o -> o.id() == s.organisation()));
        Entry entry = entries.create(s.competition(), s.organisation(), "零碳热泵", null, CompetitionFixtures.TRACK);
        assertEquals(CompetitionGroup.START_UP, entry.getGroup(), "founded six months ago: start-up group by default");
        long id = entry.getId();

        entry = entries.save(id, details("零碳热泵", new BigDecimal("500000")), goodMetrics(), entry.getVersion());
        long version = entry.getVersion();
        DomainException missingPlan = assertThrows(DomainException.class, () -> entries.submit(id, version));
        assertEquals("competition.entry.incomplete.attachment", missingPlan.messageKey());
        assertEquals(EntryStatus.DRAFT, entries.view(id).getStatus(), "nothing changed by the refusal");

        attachments.upload(id, AttachmentKind.BUSINESS_PLAN, "商业计划书.pdf", PDF);
        entry = entries.submit(id, entries.view(id).getVersion());
        assertEquals(EntryStatus.SUBMITTED, entry.getStatus());
        assertEquals(
                List.of(EntryStatus.DRAFT, EntryStatus.SUBMITTED),
                entries.timeline(id).stream()
                        .map(EntryStatusChange::getToStatus)
                        .toList());
        assertTrue(
                eligibility.live(id).stream().allMatch(EligibilityService.RuleView::passed),
                "every rule passes for this entry");
        assertEquals(
                EligibilityRule.values().length, eligibility.storedChecks(id).size(), "results stored at submission");
        assertTrue(people.mailSubjects(people.email(s.applicant())).size() >= 1, "the applicant is told");

        // the manager asks for more information; the applicant answers and the entry is back to submitted
        actingAs.user(s.manager());
        long request = review.requestInformation(
                        id, "Please add the 2025 audit", TestTime.now().plus(Duration.ofDays(3)))
                .getId();
        assertEquals(EntryStatus.INFO_REQUESTED, review.entry(id).getStatus());
        actingAs.user(s.applicant());
        entries.answer(request, "Added as financial statements");
        assertEquals(EntryStatus.SUBMITTED, entries.view(id).getStatus());
        assertEquals(
                List.of(EntryStatus.DRAFT, EntryStatus.SUBMITTED, EntryStatus.INFO_REQUESTED, EntryStatus.SUBMITTED),
                entries.timeline(id).stream()
                        .map(EntryStatusChange::getToStatus)
                        .toList());

        // the organisation record shows the entry to its people and to the edition's managers, not to others
        var lines = participation.linesFor(
                s.organisation(), accounts.find(s.applicant()).orElseThrow());
        assertEquals(1, lines.size());
        assertEquals("competition.entryStatus.SUBMITTED", lines.get(0).statusKey());
        assertTrue(lines.get(0).title().contains("零碳热泵"));
        assertEquals(
                1,
                participation
                        .linesFor(s.organisation(), accounts.find(s.manager()).orElseThrow())
                        .size());
        long outsider = people.person("Outside manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        assertTrue(participation
                .linesFor(s.organisation(), accounts.find(outsider).orElseThrow())
                .isEmpty());

        entries.withdraw(id, "We merged with another team");
        assertEquals(EntryStatus.WITHDRAWN, entries.view(id).getStatus());
    }

    @Test
    void one_second_after_the_deadline_is_refused_and_at_the_deadline_is_not_late() {
        Setup s =
                setup(TestData.unique("deadline").toLowerCase(), TestTime.now().plus(Duration.ofDays(1)));
        long late = competitions.draftEntry(s.competition(), s.organisation(), s.applicant(), "Late project");
        actingAs.user(s.applicant());
        entries.save(
                late,
                details("Late project", null),
                goodMetrics(),
                entries.view(late).getVersion());
        Instant now = TestTime.now();
        competitions.window(s.competition(), now.minus(Duration.ofDays(10)), now.minusSeconds(1));
        DomainException refused = assertThrows(
                DomainException.class,
                () -> entries.submit(late, entries.view(late).getVersion()));
        assertEquals("competition.entry.deadlinePassed", refused.messageKey());
        assertEquals(EntryStatus.DRAFT, entries.view(late).getStatus());
        assertEquals(1, entries.timeline(late).size(), "no timeline step for a refusal");
        long second = competitions.startUp("Second team", TestTime.today().minusMonths(2), "solar", s.applicant());
        assertEquals(
                "competition.entry.deadlinePassed",
                assertThrows(
                                DomainException.class,
                                () -> entries.create(
                                        s.competition(), second, "Too late to start", null, CompetitionFixtures.TRACK))
                        .messageKey());

        // the deadline itself is inclusive: the domain accepts a submission at exactly the closing instant
        Entry entry = competitions.entry(late);
        Instant closes = entry.getCompetition().getSubmissionClosesAt();
        assertTrue(entry.getCompetition().acceptsSubmissionsAt(closes));
        assertFalse(entry.getCompetition().acceptsSubmissionsAt(closes.plusSeconds(1)));
    }

    @Test
    void bad_files_and_absurd_metrics_are_refused_and_nothing_is_half_stored() {
        Setup s = setup(TestData.unique("bad").toLowerCase(), TestTime.now().plus(Duration.ofDays(5)));
        long id = competitions.draftEntry(s.competition(), s.organisation(), s.applicant(), "Files");
        actingAs.user(s.applicant());
        long files = data.count("StoredFile");

        assertEquals(
                "platform.file.kind",
                assertThrows(
                                DomainException.class,
                                () -> attachments.upload(id, AttachmentKind.BUSINESS_PLAN, "plan.pdf", EXECUTABLE))
                        .messageKey());
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThrows(DomainException.class, () -> attachments.upload(id, AttachmentKind.BUSINESS_PLAN, "big.pdf", big));
        assertThrows(
                DomainException.class,
                () -> attachments.upload(id, AttachmentKind.BUSINESS_PLAN, "../../etc/plan.pdf", PDF));
        assertThrows(
                DomainException.class,
                () -> attachments.upload(id, AttachmentKind.BUSINESS_PLAN, "plan\u0007.pdf", PDF));
        assertEquals(files, data.count("StoredFile"), "no refused file stored");
        assertTrue(attachments.list(id).isEmpty());

        GreenMetrics absurd = goodMetrics();
        absurd.setEmissionsAvoidedTco2ePerYear(new BigDecimal("-5"));
        absurd.setEnergySavedMwhPerYear(new BigDecimal("999999"));
        absurd.setWaterReusedM3PerYear(new BigDecimal("5000000000"));
        long version = entries.view(id).getVersion();
        MetricsRefused refused = assertThrows(
                MetricsRefused.class, () -> entries.save(id, details("Changed title", null), absurd, version));
        assertEquals(
                java.util.Set.of("green.problem.negative", "green.problem.savedAboveBaseline", "green.problem.absurd"),
                refused.problems().stream().map(p -> p.messageKey()).collect(Collectors.toSet()),
                "every problem reported: " + refused.problems());
        assertEquals("Files", entries.view(id).getProjectTitle(), "the rest of the form was not saved either");

        DomainException negative = assertThrows(
                DomainException.class,
                () -> entries.save(id, details("Files", new BigDecimal("-1")), goodMetrics(), version));
        assertEquals("competition.entry.amountNegative", negative.messageKey());
    }

    @Test
    void others_cannot_read_an_entry_or_its_files() {
        Setup s = setup(TestData.unique("perm").toLowerCase(), TestTime.now().plus(Duration.ofDays(5)));
        long id = competitions.draftEntry(s.competition(), s.organisation(), s.applicant(), "Private");
        actingAs.user(s.applicant());
        long file = attachments
                .upload(id, AttachmentKind.PITCH_DECK, "deck.pdf", PDF)
                .id();
        assertEquals(PDF.length, attachments.download(file).content().length);

        long stranger = people.person("Other founder", Language.THAI, Role.APPLICANT);
        long judge = people.person("Unassigned judge", Language.ENGLISH, Role.JUDGE);
        long otherManager = people.person("Other manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        for (long user : List.of(stranger, judge, otherManager)) {
            actingAs.user(user);
            assertEquals(
                    DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, () -> entries.view(id)).kind());
            assertEquals(
                    DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, () -> attachments.download(file))
                            .kind());
            assertEquals(
                    DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, () -> attachments.remove(file))
                            .kind());
        }
        actingAs.user(s.manager());
        assertEquals("deck.pdf", attachments.download(file).fileName());
    }

    @Test
    void only_the_editions_managers_review_and_only_the_applicant_answers() {
        Setup s = setup(TestData.unique("review").toLowerCase(), TestTime.now().plus(Duration.ofDays(5)));
        long id = competitions.draftEntry(s.competition(), s.organisation(), s.applicant(), "Reviewed");
        competitions.status(id, EntryStatus.SUBMITTED);
        Instant due = TestTime.now().plus(Duration.ofDays(3));

        long otherManager = people.person("Other edition manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        actingAs.user(otherManager);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> review.requestInformation(id, "Why?", due))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(
                                DomainException.class,
                                () -> eligibility.override(id, EligibilityRule.REVENUE_CAP, true, "Because"))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> review.decide(id, false, null))
                        .kind());

        // a blank question is refused with a translated message and nothing is stored
        actingAs.user(s.manager());
        DomainException blank = assertThrows(DomainException.class, () -> review.requestInformation(id, " \n ", due));
        assertEquals("platform.validation.required", blank.messageKey());
        assertEquals(EntryStatus.SUBMITTED, review.entry(id).getStatus());
        assertEquals(1, entries.timeline(id).size());
        long request = review.requestInformation(id, "Please add the <2025> audit\nwith notes", due)
                .getId();

        // only the entry's organisation answers; others get 404 and the request stays open
        long stranger = people.person("Other founder", Language.VIETNAMESE, Role.APPLICANT);
        actingAs.user(stranger);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> entries.answer(request, "Not mine"))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> entries.answer(987654321L, "None"))
                        .kind());
        actingAs.user(s.applicant());
        assertEquals(EntryStatus.INFO_REQUESTED, entries.view(id).getStatus());
        assertEquals(
                "platform.validation.forbiddenCharacters",
                assertThrows(DomainException.class, () -> entries.answer(request, "bell\u0007"))
                        .messageKey());
        assertEquals(EntryStatus.INFO_REQUESTED, entries.view(id).getStatus(), "the refused answer changed nothing");
        entries.answer(request, "Added");
        assertEquals(EntryStatus.SUBMITTED, entries.view(id).getStatus());
    }

    @Test
    void eligibility_explains_each_rule_and_a_manager_may_override_with_a_reason() {
        String series = TestData.unique("series").toLowerCase();
        Setup s = setup(series, TestTime.now().plus(Duration.ofDays(5)));
        long organiser = people.organisation("Zone earlier");
        long earlier = competitions.publishedCompetition(
                series, organiser, s.manager(), TestTime.now().plus(Duration.ofDays(1)));
        competitions.awardedEntry(earlier, s.organisation(), s.applicant(), AwardTierCode.SECOND);
        competitions.rules(s.competition(), new BigDecimal("1000000"), 2);

        long id = competitions.draftEntry(s.competition(), s.organisation(), s.applicant(), "Again");
        actingAs.user(s.applicant());
        entries.save(
                id,
                details("Again", new BigDecimal("2500000")),
                goodMetrics(),
                entries.view(id).getVersion());
        Map<EligibilityRule, EligibilityService.RuleView> rules =
                eligibility.live(id).stream().collect(Collectors.toMap(EligibilityService.RuleView::rule, r -> r));
        assertFalse(rules.get(EligibilityRule.NO_EARLIER_PRIZE_IN_SERIES).passed());
        assertEquals(
                "competition.eligibility.prize.won",
                rules.get(EligibilityRule.NO_EARLIER_PRIZE_IN_SERIES).reasonKey());
        assertFalse(rules.get(EligibilityRule.REVENUE_CAP).passed());
        assertTrue(rules.get(EligibilityRule.MAX_AWARDS_PER_ORGANISATION).passed(), "one award of at most two");
        assertTrue(rules.get(EligibilityRule.FOUNDING_DATE_FOR_GROUP).passed());

        attachments.upload(id, AttachmentKind.BUSINESS_PLAN, "plan.pdf", PDF);
        entries.submit(id, entries.view(id).getVersion());

        actingAs.user(s.manager());
        assertEquals(
                "competition.review.rulesFail",
                assertThrows(DomainException.class, () -> review.decide(id, true, null))
                        .messageKey());
        assertEquals(
                "competition.eligibility.overrideReasonRequired",
                assertThrows(
                                DomainException.class,
                                () -> eligibility.override(id, EligibilityRule.REVENUE_CAP, true, " "))
                        .messageKey());
        eligibility.override(id, EligibilityRule.REVENUE_CAP, true, "Revenue includes a one-off grant");
        eligibility.override(
                id, EligibilityRule.NO_EARLIER_PRIZE_IN_SERIES, true, "Earlier prize was in the other group");
        assertEquals(EntryStatus.ELIGIBLE, review.decide(id, true, "Checked").getStatus());
        assertTrue(eligibility.live(id).stream()
                .filter(r -> r.rule() == EligibilityRule.REVENUE_CAP)
                .findFirst()
                .orElseThrow()
                .overridden());
    }

    @Test
    void a_sector_on_the_restricted_list_fails_its_rule() {
        Setup s = setup(
                TestData.unique("restricted").toLowerCase(), TestTime.now().plus(Duration.ofDays(5)));
        long coal = competitions.startUp(
                "Coal Co", TestTime.today().minusMonths(3), "coal power generation", s.applicant());
        long id = competitions.draftEntry(s.competition(), coal, s.applicant(), "Cleaner coal");
        actingAs.user(s.applicant());
        EligibilityService.RuleView sector = eligibility.live(id).stream()
                .filter(r -> r.rule() == EligibilityRule.SECTOR_NOT_RESTRICTED)
                .findFirst()
                .orElseThrow();
        assertFalse(sector.passed(), "coal power is on the seeded restricted list");
        assertEquals("competition.eligibility.sector.restricted", sector.reasonKey());
    }
}
