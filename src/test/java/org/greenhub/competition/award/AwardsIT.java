package org.greenhub.competition.award;

import static org.greenhub.competition.domain.CompetitionGroup.GROWTH;
import static org.greenhub.competition.domain.CompetitionGroup.START_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenhub.competition.award.application.AwardService;
import org.greenhub.competition.award.application.PublicResults;
import org.greenhub.competition.award.domain.AwardChangeKind;
import org.greenhub.competition.award.domain.CanonicalResults;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.evaluation.application.Calculator;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.publication.application.TransparencyPack;
import org.greenhub.publication.application.TransparencyPacks;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.AwardFixtures;
import org.greenhub.testsupport.server.AwardFixtures.Edition;
import org.greenhub.testsupport.server.InServerTest;
import org.junit.jupiter.api.Test;

/**
 * Awards inside the real server: proposal from the final ranking and the tiers, four eyes, publication, objections,
 * finality; refusals that store nothing; permissions; the transparency pack recomputed by the calculator.
 */
class AwardsIT extends InServerTest {

    static final byte[] EVIDENCE = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final String OBJECTION =
            "The awarded project was shown at another competition under a different name last year.";
    static final List<CompetitionGroup> GROUPS = List.of(START_UP, START_UP, GROWTH, START_UP, START_UP, GROWTH);

    @Inject
    AwardFixtures fixtures;

    @Inject
    AwardService awards;

    @Inject
    PublicResults publicResults;

    @Inject
    TransparencyPacks packs;

    @Inject
    ActingAs actingAs;

    @Inject
    org.greenhub.competition.award.application.AwardQueries queries;

    @Inject
    org.greenhub.testsupport.server.EvaluationFixtures people;

    @Test
    void proposal_follows_the_ranking_and_the_tiers_then_four_eyes_publication_objection_and_final() {
        Edition edition = fixtures.edition(GROUPS, Language.CHINESE);
        actingAs.user(edition.managerA());
        long resultId = awards.propose(edition.competitionId());

        List<Object[]> proposed = fixtures.awards(resultId);
        // start-up entries in ranking order are 0, 1, 3 (first, second, third); the growth group's best is entry 2
        assertEquals(4, proposed.size());
        assertEquals(
                List.of(
                        edition.entryIds().get(0),
                        edition.entryIds().get(2),
                        edition.entryIds().get(1),
                        edition.entryIds().get(3)),
                proposed.stream().map(a -> (Long) a[1]).toList());
        assertEquals(
                List.of(AwardTierCode.FIRST, AwardTierCode.FIRST, AwardTierCode.SECOND, AwardTierCode.THIRD),
                proposed.stream().map(a -> (AwardTierCode) a[2]).toList());

        // nothing is public before approval and publication
        assertThrows(DomainException.class, () -> publicResults.result(edition.competitionId(), Language.ENGLISH));

        DomainException own = assertThrows(DomainException.class, () -> awards.approve(resultId));
        assertEquals("award.result.fourEyes", own.messageKey());
        assertEquals("PROPOSED", fixtures.status("select status from award_result where id = ?1", resultId));

        actingAs.user(edition.managerB());
        awards.approve(resultId);
        awards.publish(resultId);
        assertEquals(
                "NOTICE", fixtures.status("select status from competition where id = ?1", edition.competitionId()));

        PublicResults.ResultView provisional = publicResults.result(edition.competitionId(), Language.ENGLISH);
        assertEquals(PublicResults.Phase.PROVISIONAL, provisional.phase());
        assertTrue(provisional.objectionsOpen());
        assertEquals(4, publicResults.countAwards(resultId, PublicResults.Filter.none()));

        long revokedAward = (Long) proposed.get(3)[0];
        actingAs.user(edition.objector());
        long objection = awards.object(revokedAward, "Objector Real Name", OBJECTION, "evidence.pdf", EVIDENCE);

        assertTrue(
                people.mailSubjects(people.email(edition.managerA()))
                        .contains("New objection: Green Cup " + seriesOf(edition)),
                "the edition's managers hear of the objection: "
                        + people.mailSubjects(people.email(edition.managerA())));

        actingAs.user(edition.managerA());
        DomainException notInvestigated = assertThrows(
                DomainException.class,
                () -> awards.uphold(
                        objection, AwardChangeKind.REVOKED, null, "Confirmed by the organiser of the other event."));
        assertEquals("award.objection.investigateFirst", notInvestigated.messageKey());
        awards.recordInvestigation(objection, "Asked the other organiser; they confirmed the entry.");
        awards.uphold(objection, AwardChangeKind.REVOKED, null, "Confirmed by the organiser of the other event.");

        assertTrue(people.mailSubjects(people.email(edition.objector())).stream()
                .anyMatch(m -> m.startsWith("Decision on your objection")));

        List<PublicResults.ChangeRow> changes = publicResults.changes(resultId);
        assertEquals(1, changes.size());
        assertEquals(AwardChangeKind.REVOKED, changes.get(0).kind());
        assertEquals(AwardTierCode.THIRD, changes.get(0).fromTier());

        // still provisional while the period runs
        assertEquals(
                PublicResults.Phase.PROVISIONAL,
                publicResults.result(edition.competitionId(), Language.ENGLISH).phase());
        fixtures.endNotice(resultId);
        assertEquals(
                PublicResults.Phase.FINAL,
                publicResults.result(edition.competitionId(), Language.ENGLISH).phase(),
                "final as soon as the period is over and every objection is decided, before any job ran");
        awards.finaliseDue();
        assertEquals("FINAL", fixtures.status("select status from award_result where id = ?1", resultId));
        assertEquals("FINAL", fixtures.status("select status from competition where id = ?1", edition.competitionId()));
        assertEquals(
                "AWARDED",
                fixtures.status(
                        "select status from competition_entry where id = ?1",
                        edition.entryIds().get(0)));
        assertEquals(
                "NOT_AWARDED",
                fixtures.status(
                        "select status from competition_entry where id = ?1",
                        edition.entryIds().get(3)));
        assertEquals(
                "NOT_AWARDED",
                fixtures.status(
                        "select status from competition_entry where id = ?1",
                        edition.entryIds().get(4)));

        // an objection on a final result is refused, and stores nothing
        long files = fixtures.count("StoredFile");
        actingAs.user(edition.objector());
        DomainException onFinal = assertThrows(
                DomainException.class,
                () -> awards.object(
                        (Long) proposed.get(0)[0], "Objector Real Name", OBJECTION, "evidence.pdf", EVIDENCE));
        assertEquals("award.objection.resultFinal", onFinal.messageKey());
        assertEquals(files, fixtures.count("StoredFile"));
    }

    @Test
    void an_objection_after_the_notice_period_is_refused_and_nothing_is_stored() {
        Edition edition = fixtures.edition(GROUPS, Language.ENGLISH);
        long resultId = publish(edition);
        long award = (Long) fixtures.awards(resultId).get(0)[0];
        // an open objection keeps the result provisional after the period...
        actingAs.user(edition.objector());
        long objection = awards.object(award, "Objector Real Name", OBJECTION, "evidence.pdf", EVIDENCE);
        fixtures.endNotice(resultId);
        long files = fixtures.count("StoredFile");
        long objections = fixtures.count("AwardObjection");
        DomainException late = assertThrows(
                DomainException.class,
                () -> awards.object(award, "Objector Real Name", OBJECTION, "evidence.pdf", EVIDENCE));
        assertEquals("award.objection.periodOver", late.messageKey());
        assertEquals(files, fixtures.count("StoredFile"));
        assertEquals(objections, fixtures.count("AwardObjection"));

        assertEquals(
                PublicResults.Phase.PROVISIONAL,
                publicResults.result(edition.competitionId(), Language.ENGLISH).phase());
        awards.finaliseDue();
        assertEquals("PUBLISHED", fixtures.status("select status from award_result where id = ?1", resultId));
        // ...until it is decided; deciding the last one makes the result final at once
        actingAs.user(edition.managerB());
        awards.recordInvestigation(objection, "Checked the records of the other competition.");
        awards.uphold(
                objection, AwardChangeKind.REVISED, AwardTierCode.SECOND, "The entry placed below the second prize.");
        assertEquals("FINAL", fixtures.status("select status from award_result where id = ?1", resultId));
        assertEquals("REVISED", fixtures.status("select status from award where id = ?1", award));
        assertEquals("SECOND", fixtures.status("select tier from award where id = ?1", award));
    }

    @Test
    void bad_objections_are_refused_with_their_reason() {
        Edition edition = fixtures.edition(GROUPS, Language.ENGLISH);
        long resultId = publish(edition);
        long award = (Long) fixtures.awards(resultId).get(0)[0];
        actingAs.user(edition.objector());
        long files = fixtures.count("StoredFile");
        assertEquals(
                "award.objection.textTooShort",
                assertThrows(
                                DomainException.class,
                                () -> awards.object(award, "Objector Real Name", "too short", "e.pdf", EVIDENCE))
                        .messageKey());
        assertEquals(
                "award.objection.realNameRequired",
                assertThrows(DomainException.class, () -> awards.object(award, " ", OBJECTION, "e.pdf", EVIDENCE))
                        .messageKey());
        assertEquals(
                "award.objection.evidenceRequired",
                assertThrows(
                                DomainException.class,
                                () -> awards.object(award, "Objector Real Name", OBJECTION, null, null))
                        .messageKey());
        DomainException notAFile = assertThrows(
                DomainException.class,
                () -> awards.object(
                        award,
                        "Objector Real Name",
                        OBJECTION,
                        "e.pdf",
                        "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(DomainException.Kind.INVALID, notAFile.kind());
        assertEquals(files, fixtures.count("StoredFile"));
        assertEquals(
                0, Long.parseLong(fixtures.status("select count(*) from award_objection where award_id = ?1", award)));
    }

    @Test
    void only_the_editions_managers_propose_approve_and_decide_and_nobody_publishes_unapproved() {
        Edition edition = fixtures.edition(GROUPS, Language.ENGLISH);
        actingAs.user(edition.outsider());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> awards.propose(edition.competitionId()))
                        .kind());
        actingAs.user(edition.managerA());
        long resultId = awards.propose(edition.competitionId());
        DomainException unapproved = assertThrows(DomainException.class, () -> awards.publish(resultId));
        assertEquals("award.result.notApproved", unapproved.messageKey());
        actingAs.user(edition.managerB());
        assertEquals(
                "award.result.notApproved",
                assertThrows(DomainException.class, () -> awards.publish(resultId))
                        .messageKey());
        assertEquals("PROPOSED", fixtures.status("select status from award_result where id = ?1", resultId));

        actingAs.user(edition.outsider());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> awards.approve(resultId))
                        .kind());
        actingAs.user(edition.applicantIds().get(0));
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> awards.approve(resultId))
                        .kind());
        assertEquals("PROPOSED", fixtures.status("select status from award_result where id = ?1", resultId));

        actingAs.user(edition.managerB());
        awards.approve(resultId);
        awards.publish(resultId);
        long award = (Long) fixtures.awards(resultId).get(0)[0];
        actingAs.user(edition.objector());
        long objection = awards.object(award, "Objector Real Name", OBJECTION, "evidence.pdf", EVIDENCE);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(
                                DomainException.class,
                                () -> awards.recordInvestigation(objection, "I looked into it myself."))
                        .kind());
        actingAs.user(edition.outsider());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> awards.dismiss(objection, "Nothing in it."))
                        .kind());
        assertEquals("FILED", fixtures.status("select status from award_objection where id = ?1", objection));
    }

    @Test
    void the_transparency_pack_recomputes_to_the_published_ranking_and_hash() {
        Edition edition = fixtures.edition(GROUPS, Language.ENGLISH);
        long resultId = publish(edition);
        TransparencyPack pack = packs.forCompetition(edition.competitionId());
        assertEquals(GROUPS.size() * 3 * 2, pack.scores().size());
        assertEquals(3, pack.judgeCount());
        assertNull(pack.judgeRoster(), "judges are named only once the result is final");
        assertTrue(pack.scores().stream().allMatch(s -> s.judge().matches("J-[0-9A-F]{10}")));
        assertEquals(pack.judges(), packs.forRound(edition.roundId()).judges(), "pseudonyms are stable");
        assertEquals(List.of("green"), pack.tieBreak());

        // the pack as JSON is a calculator request
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(pack);
            Calculator.CalculationRequest request = jsonb.fromJson(json, Calculator.CalculationRequest.class);
            Calculator.CalculationResponse response = new Calculator().calculate(request);
            List<CanonicalResults.Line> lines = response.results().stream()
                    .map(r -> new CanonicalResults.Line(r.entry(), r.rank(), r.score()))
                    .toList();
            assertEquals(pack.resultsSha256(), CanonicalResults.sha256(lines));
            assertEquals(
                    publicResults
                            .result(edition.competitionId(), Language.ENGLISH)
                            .resultsSha256(),
                    CanonicalResults.sha256(lines));
            assertEquals(
                    pack.ranking().stream()
                            .map(TransparencyPack.RankingLine::entry)
                            .toList(),
                    response.results().stream()
                            .map(Calculator.RankedEntryOutput::entry)
                            .toList());
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        fixtures.endNotice(resultId);
        TransparencyPack afterFinal = packs.forCompetition(edition.competitionId());
        assertNotNull(afterFinal.judgeRoster());
        assertEquals(List.of("Judge A", "Judge B", "Judge C"), afterFinal.judgeRoster());
        assertEquals("FINAL", afterFinal.phase());
    }

    @Test
    void the_public_results_of_an_edition_with_1000_awards_take_a_few_statements_per_page() {
        Edition edition = fixtures.edition(GROUPS, Language.ENGLISH);
        long resultId = publish(edition);
        fixtures.bulkAwards(
                resultId, edition.competitionId(), edition.applicantIds().get(0), 1000);
        org.hibernate.stat.Statistics statistics = fixtures.statistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long fewest = Long.MAX_VALUE;
            long fastestNanos = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                statistics.clear();
                long started = System.nanoTime();
                // what the public results page reads: the result, its filters, the changes, one page of awards
                publicResults.result(edition.competitionId(), Language.ENGLISH);
                publicResults.tracks(resultId);
                publicResults.changes(resultId);
                long total = publicResults.countAwards(resultId, PublicResults.Filter.none());
                List<PublicResults.AwardRow> page =
                        publicResults.awards(resultId, PublicResults.Filter.none(), 950, 50);
                fastestNanos = Math.min(fastestNanos, System.nanoTime() - started);
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
                assertEquals(1004, total);
                assertEquals(50, page.size());
            }
            System.out.printf(
                    "Public results page of 1,004 awards: %d statements, %.1f ms server-side%n",
                    fewest, fastestNanos / 1e6);
            assertTrue(fewest <= 12, "statements for one page of 1,004 awards: " + fewest);
            List<PublicResults.AwardRow> growth =
                    publicResults.awards(resultId, new PublicResults.Filter(GROWTH, "CLEAN_ENERGY"), 0, 50);
            assertTrue(growth.stream()
                    .allMatch(a -> a.group() == GROWTH && a.track().equals("CLEAN_ENERGY")));
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void an_unpublished_proposal_can_be_discarded_and_proposed_again_but_a_published_one_cannot() {
        Edition edition = fixtures.edition(GROUPS, Language.ENGLISH);
        actingAs.user(edition.managerA());
        long first = awards.propose(edition.competitionId());
        assertEquals(
                "award.propose.exists",
                assertThrows(DomainException.class, () -> awards.propose(edition.competitionId()))
                        .messageKey());
        awards.discard(first);
        long second = awards.propose(edition.competitionId());
        actingAs.user(edition.managerB());
        awards.approve(second);
        awards.publish(second);
        assertEquals(
                "award.result.alreadyPublished",
                assertThrows(DomainException.class, () -> awards.discard(second))
                        .messageKey());

        // exports for the edition's managers: awards and the final round's score matrix, CSV and Excel
        String csv = new String(
                queries.awardsExport(second, org.greenhub.evaluation.application.ExportFile.Format.CSV)
                        .content(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("group,track,tier,rank,score,awardee,title,status,verification_code"), csv);
        assertTrue(csv.contains(edition.awardees().get(0)), csv);
        byte[] xlsx = queries.awardsExport(second, org.greenhub.evaluation.application.ExportFile.Format.XLSX)
                .content();
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
        String matrix = new String(
                queries.scoreMatrix(second, org.greenhub.evaluation.application.ExportFile.Format.CSV)
                        .content(),
                StandardCharsets.UTF_8);
        assertTrue(matrix.contains("entry,judge,tech,green,total"), matrix);
        actingAs.user(edition.outsider());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(
                                DomainException.class,
                                () -> queries.awardsExport(
                                        second, org.greenhub.evaluation.application.ExportFile.Format.CSV))
                        .kind());
        assertEquals(4, fixtures.awards(second).size());
    }

    private String seriesOf(Edition edition) {
        return fixtures.status("select series_key from competition where id = ?1", edition.competitionId());
    }

    private long publish(Edition edition) {
        actingAs.user(edition.managerA());
        long resultId = awards.propose(edition.competitionId());
        actingAs.user(edition.managerB());
        awards.approve(resultId);
        awards.publish(resultId);
        return resultId;
    }
}
