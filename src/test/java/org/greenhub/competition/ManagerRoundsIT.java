package org.greenhub.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.Role;
import org.greenhub.competition.application.CompetitionRounds;
import org.greenhub.competition.application.CompetitionService;
import org.greenhub.competition.application.EntryAttachments;
import org.greenhub.competition.application.EntryExport;
import org.greenhub.competition.application.EntryReview;
import org.greenhub.competition.application.EntryService;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.competition.domain.LocalisedText;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.application.SubjectComments;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.organisation.domain.green.GreenIndustryCategory;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.JudgingFixtures;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** A manager sets up an edition, reviews entries and runs round 1 through the evaluation engine; judges see only their entries. */
class ManagerRoundsIT extends InServerTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** The manager's list must cost the same few statements for 10 or 10,000 entries. */
    static final long MAX_STATEMENTS = 6;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ActingAs actingAs;

    @Inject
    CompetitionService setup;

    @Inject
    CompetitionRounds rounds;

    @Inject
    EntryService entries;

    @Inject
    EntryAttachments attachments;

    @Inject
    EntryReview review;

    @Inject
    EntryExport export;

    @Inject
    RoundSetupService roundSetup;

    @Inject
    org.greenhub.competition.application.CompetitionStewards stewards;

    @Inject
    org.greenhub.account.domain.UserAccountRepository accounts;

    private static CompetitionService.Settings settings(String series, long organiser, LocalDateTime closes) {
        return new CompetitionService.Settings(
                series,
                org.greenhub.platform.i18n.LocalisedInput.english("Green Cup"),
                "2026",
                organiser,
                Map.of(
                        Language.ENGLISH,
                        new LocalisedText("Green Cup 2026", "Innovation contest"),
                        Language.CHINESE,
                        new LocalisedText("绿色创新大赛 2026", null)),
                TestTime.today().minusYears(1).withDayOfYear(1),
                TestTime.nowLocal().minusDays(10),
                closes,
                "Asia/Shanghai",
                new BigDecimal("200000000"),
                2,
                7,
                List.of("CLEAN_ENERGY", "CLEAN_PRODUCTION"),
                List.of(AttachmentKind.BUSINESS_PLAN));
    }

    @Test
    void a_manager_creates_an_edition_that_only_its_managers_may_change() {
        long manager = people.person("Setup manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long other = people.person("Other manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long applicant = people.person("Applicant", Language.ENGLISH, Role.APPLICANT);
        long organiser = people.organisation("Zone committee");
        String series = TestData.unique("cup").toLowerCase();
        actingAs.user(manager);
        Competition created =
                setup.create(settings(series, organiser, TestTime.nowLocal().plusDays(20)));
        assertEquals(CompetitionStatus.DRAFT, created.getStatus());
        assertEquals(7, created.getNoticePeriodDays());
        assertEquals("绿色创新大赛 2026", created.text(Language.CHINESE).getName());
        assertEquals("Green Cup 2026", created.text(Language.THAI).getName(), "English when a language has no name");
        long id = created.getId();
        setup.addAwardTier(id, CompetitionGroup.START_UP, null, AwardTierCode.FIRST, 1);
        setup.addAwardTier(id, CompetitionGroup.START_UP, null, AwardTierCode.SECOND, 3);
        assertEquals(
                "competition.tier.duplicate",
                assertThrows(
                                DomainException.class,
                                () -> setup.addAwardTier(id, CompetitionGroup.START_UP, null, AwardTierCode.FIRST, 2))
                        .messageKey());
        assertEquals(
                "competition.edition.taken",
                assertThrows(
                                DomainException.class,
                                () -> setup.create(settings(
                                        series, organiser, TestTime.nowLocal().plusDays(20))))
                        .messageKey());

        actingAs.user(other);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> setup.manage(id)).kind());
        actingAs.user(applicant);
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> setup.managed(Language.ENGLISH))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> setup.publicView(id)).kind(),
                "drafts are invisible");

        actingAs.user(manager);
        setup.addManager(id, people.email(other));
        actingAs.user(other);
        assertEquals(2, setup.manage(id).getManagers().size());
        setup.moveTo(id, CompetitionStatus.PUBLISHED, setup.manage(id).getVersion());
        actingAs.user(applicant);
        assertEquals(id, setup.publicView(id).getId());

        // only this edition's managers steward its evaluation rounds
        long stranger = people.person("Stranger manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        assertTrue(stewards.claims("competition:" + id));
        assertFalse(stewards.claims("intake:" + id));
        assertTrue(stewards.mayManage(accounts.find(other).orElseThrow(), "competition:" + id));
        assertFalse(stewards.mayManage(accounts.find(stranger).orElseThrow(), "competition:" + id));
        assertFalse(stewards.mayManage(accounts.find(applicant).orElseThrow(), "competition:" + id));
        assertTrue(stewards.keysManagedBy(accounts.find(other).orElseThrow()).contains("competition:" + id));
        assertFalse(
                stewards.keysManagedBy(accounts.find(stranger).orElseThrow()).contains("competition:" + id));
        assertEquals("competition:", stewards.keyPrefix());
    }

    @Test
    void
            eligible_entries_move_into_round_one_with_their_documents_and_judges_read_them_only_through_their_assignment() {
        long manager = people.person("Round manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long applicant = people.person("Founder", Language.VIETNAMESE, Role.APPLICANT);
        long judge = people.person("Assigned judge", Language.ENGLISH, Role.JUDGE);
        long otherJudge = people.person("Other judge", Language.ENGLISH, Role.JUDGE);
        long organiser = people.organisation("Zone");
        long organisation =
                competitions.startUp("Công ty Xanh", TestTime.today().minusMonths(8), "solar drying", applicant);
        long competition = competitions.publishedCompetition(
                TestData.unique("rounds").toLowerCase(),
                organiser,
                manager,
                TestTime.now().plus(Duration.ofDays(2)));
        long entryId = competitions.draftEntry(competition, organisation, applicant, "Máy sấy năng lượng mặt trời");

        actingAs.user(applicant);
        GreenMetrics metrics = new GreenMetrics();
        metrics.setBaselineYear(TestTime.today().getYear() - 1);
        metrics.setEmissionsAvoidedTco2ePerYear(new BigDecimal("42"));
        metrics.setCategory(GreenIndustryCategory.values()[2]);
        metrics.setMethodNote("Fuel replaced, IPCC factors");
        entries.save(
                entryId,
                new Entry.Details(
                        "Máy sấy năng lượng mặt trời",
                        CompetitionGroup.START_UP,
                        CompetitionFixtures.TRACK,
                        "Solar dryers",
                        "Thermal storage",
                        "Farms",
                        "Four people",
                        new BigDecimal("300000"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        true),
                metrics,
                entries.view(entryId).getVersion());
        long file = attachments
                .upload(entryId, AttachmentKind.PITCH_DECK, "Giới thiệu.pdf", PDF)
                .id();
        entries.submit(entryId, entries.view(entryId).getVersion());

        actingAs.user(manager);
        assertEquals(
                "competition.round.noFirstRound",
                assertThrows(DomainException.class, () -> rounds.moveIntoFirstRound(competition, List.of()))
                        .messageKey());
        long roundId = rounds.addRound(
                        competition,
                        "Online preliminary review",
                        TestTime.now().plus(Duration.ofDays(3)),
                        TestTime.now().plus(Duration.ofDays(10)),
                        3)
                .getEvaluationRoundId();
        assertEquals("competition:" + competition, roundSetup.view(roundId).getProgrammeKey());
        assertEquals(
                "competition.round.noEligibleEntries",
                assertThrows(DomainException.class, () -> rounds.moveIntoFirstRound(competition, List.of()))
                        .messageKey());
        review.decide(entryId, true, null);
        assertEquals(1, rounds.moveIntoFirstRound(competition, List.of()));

        Entry entry = review.entry(entryId);
        assertEquals(EntryStatus.IN_ROUND, entry.getStatus());
        List<EvaluationSubject> inRound = roundSetup.entries(roundId);
        assertEquals(
                List.of(entry.reference()),
                inRound.stream().map(EvaluationSubject::getReference).toList());
        long subject = inRound.get(0).getId();
        assertEquals(subject, entry.getEvaluationSubjectId());

        // judges never read the entry page or its files, with or without an assignment: they read it through the
        // assignment
        actingAs.user(judge);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> entries.view(entryId)).kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> attachments.download(file))
                        .kind());
        judging.assign(roundId, subject, judge);
        competitions.publishAssignments(roundId);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> entries.view(entryId)).kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> attachments.download(file))
                        .kind());
        actingAs.user(otherJudge);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> entries.view(entryId)).kind());

        // judges' comments reach the applicant only once released and the round is over, and without the judge's name
        competitions.submittedSheetWithComment(roundId, subject, judge, "Strong storage design; market size unproven");
        actingAs.user(applicant);
        assertTrue(entries.judgeComments(entryId).isEmpty(), "not released yet");
        actingAs.user(manager);
        setup.releaseComments(competition, true);
        actingAs.user(applicant);
        assertTrue(entries.judgeComments(entryId).isEmpty(), "released, but the round is still open");
        competitions.closeWindowAndAdvanceBest(roundId, 1);
        List<SubjectComments.Comment> comments = entries.judgeComments(entryId);
        assertEquals(1, comments.size());
        assertEquals(1, comments.get(0).judgeNumber());
        assertEquals(
                "Strong storage design; market size unproven", comments.get(0).overall());
        assertFalse(comments.toString().contains("Assigned judge"), "judges stay anonymous");

        // the export carries the entry, in the manager's language
        actingAs.user(manager);
        ExportFile csv = export.export(competition, ExportFile.Format.CSV, Language.VIETNAMESE);
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertTrue(text.contains("Máy sấy năng lượng mặt trời"), text);
        assertTrue(text.contains("Đang được chấm"), "status in Vietnamese: " + text);
        assertTrue(export.export(competition, ExportFile.Format.XLSX, Language.ENGLISH)
                        .content()
                        .length
                > 100);
    }

    @Test
    void advancement_moves_the_best_entries_on_and_marks_the_others() {
        long manager = people.person("Advancing manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long applicant = people.person("Founder", Language.ENGLISH, Role.APPLICANT);
        long judge = people.person("Judge", Language.ENGLISH, Role.JUDGE);
        long organiser = people.organisation("Zone");
        long competition = competitions.publishedCompetition(
                TestData.unique("adv").toLowerCase(),
                organiser,
                manager,
                TestTime.now().plus(Duration.ofDays(2)));
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long organisation =
                    competitions.startUp("Team " + i, TestTime.today().minusMonths(3), "solar", applicant);
            long entry = competitions.draftEntry(competition, organisation, applicant, "Project " + i);
            competitions.status(entry, EntryStatus.ELIGIBLE);
            ids.add(entry);
        }
        actingAs.user(manager);
        long first = rounds.addRound(
                        competition,
                        "Preliminary",
                        TestTime.now().plus(Duration.ofDays(1)),
                        TestTime.now().plus(Duration.ofDays(5)),
                        1)
                .getEvaluationRoundId();
        long second = rounds.addRound(
                        competition,
                        "Final",
                        TestTime.now().plus(Duration.ofDays(6)),
                        TestTime.now().plus(Duration.ofDays(9)),
                        1)
                .getEvaluationRoundId();
        assertEquals(3, rounds.moveIntoFirstRound(competition, List.of()));
        for (int i = 0; i < 3; i++) {
            long subject = review.entry(ids.get(i)).getEvaluationSubjectId();
            judging.assign(first, subject, judge);
            competitions.scoreEveryCriterion(first, subject, judge, new BigDecimal(4 + 2 * i));
        }
        competitions.closeWindowAndAdvanceBest(first, 2);

        int[] outcome = rounds.advance(competition, 1);
        assertEquals(2, outcome[0]);
        assertEquals(1, outcome[1]);
        assertEquals(EntryStatus.ELIMINATED, review.entry(ids.get(0)).getStatus(), "the lowest score does not advance");
        assertEquals(EntryStatus.FINALIST, review.entry(ids.get(1)).getStatus(), "the next round is the last one");
        assertEquals(EntryStatus.FINALIST, review.entry(ids.get(2)).getStatus());
        assertEquals(2, roundSetup.entries(second).size());
        List<CompetitionRounds.RoundLine> lines = rounds.rounds(competition);
        assertTrue(lines.get(0).advancementConfirmed());
        assertEquals(2, lines.get(1).entries());
    }

    @Test
    void the_entry_list_pages_in_the_database_with_a_bounded_number_of_statements() {
        long manager = people.person("List manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long applicant = people.person("Bulk applicant", Language.ENGLISH, Role.APPLICANT);
        long organiser = people.organisation("Zone");
        long small = competitions.publishedCompetition(
                TestData.unique("small").toLowerCase(),
                organiser,
                manager,
                TestTime.now().plus(Duration.ofDays(2)));
        long large = competitions.publishedCompetition(
                TestData.unique("large").toLowerCase(),
                organiser,
                manager,
                TestTime.now().plus(Duration.ofDays(2)));
        String smallPrefix = TestData.unique("S");
        String largePrefix = TestData.unique("L");
        assertEquals(10, competitions.bulkSubmittedEntries(small, applicant, 10, smallPrefix));
        assertEquals(10_000, competitions.bulkSubmittedEntries(large, applicant, 10_000, largePrefix));

        actingAs.user(manager);
        EntryReview.Filter none = new EntryReview.Filter(null, null, null, null);
        assertEquals(10_000, review.count(large, none));
        assertEquals(25, review.page(large, none, 9_975, 25, "title", true).size());
        EntryReview.Filter search = new EntryReview.Filter(
                EntryStatus.SUBMITTED, CompetitionGroup.START_UP, null, largePrefix.toLowerCase() + " org 77");
        assertTrue(review.count(large, search) >= 1, "search by words of the organisation name");

        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            review.count(large, none);
            review.page(large, none, 5_000, 25, "title", true);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(
                "EntryReview count + page of 25 among 10,000 entries, inside WildFly: best %.1f ms%n", best / 1e6);

        long forSmall = statementsFor(small, none);
        long forLarge = statementsFor(large, none);
        long forSearch = statementsFor(large, search);
        System.out.printf(
                "EntryReview statements per page: %d for 10 entries, %d for 10,000, %d with filters%n",
                forSmall, forLarge, forSearch);
        assertTrue(forLarge <= MAX_STATEMENTS, "statements for 10,000 entries: " + forLarge);
        assertEquals(forSmall, forLarge, "the number of statements must not grow with the number of entries");
        assertTrue(forSearch <= MAX_STATEMENTS);
    }

    private long statementsFor(long competition, EntryReview.Filter filter) {
        Statistics statistics = competitions.statistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long fewest = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                statistics.clear();
                review.count(competition, filter);
                review.page(competition, filter, 0, 25, "submittedAt", false);
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
            return fewest;
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
