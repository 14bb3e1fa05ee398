package org.greenhub.zone;

import static org.greenhub.testsupport.server.DeclarationFixtures.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.DeclarationFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.testsupport.server.ZoneFixtures;
import org.greenhub.zone.application.DeclarationAccounting.Accounted;
import org.greenhub.zone.application.DeclarationEvidenceFiles;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.Plausibility;
import org.greenhub.zone.domain.Zone;
import org.junit.jupiter.api.Test;

/**
 * A declaration's energy and CO2 from its year's factor table (round test factors of the years 2011 and 2012, which
 * no other test uses), its plausibility flags against its sector and its own accepted year before, and drafts that
 * the zone does not see until they are filed.
 */
class DeclarationFiguresIT extends InServerTest {

    @Inject
    Declarations declarations;

    @Inject
    DeclarationFixtures fixtures;

    @Inject
    ZoneFixtures zones;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Inject
    DeclarationEvidenceFiles evidence;

    private static final byte[] PDF =
            "%PDF-1.4\nenergy bill\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static void assertNotFound(org.junit.jupiter.api.function.Executable action, String why) {
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, action).kind(),
                why);
    }

    private record Scene(long reviewer, long enterprise, long organisation, Zone zone, String sector) {}

    private Scene scene() {
        long reviewer = people.person("Figures reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long enterprise = people.person("Figures manager", Language.ENGLISH, Role.APPLICANT);
        // a sector of this test's own, so that only its enterprises make the median
        String sector = TestData.unique("sector");
        long organisation =
                competitions.startUp("Figures Works", TestTime.today().minusYears(5), sector, enterprise);
        Zone zone = zones.administeredZone("Figures Park", "数据园区", reviewer);
        zones.placeIn(organisation, zone.getId());
        return new Scene(reviewer, enterprise, organisation, zone, sector);
    }

    private long peer(Scene s, String sector, int year, DeclarationStatus status, String electricity) {
        long organisation = competitions.startUp("Peer Works", TestTime.today().minusYears(5), sector, s.reviewer());
        zones.placeIn(organisation, s.zone().getId());
        return fixtures.declared(
                s.zone().getId(), organisation, year, status, figures("1000", electricity), s.reviewer());
    }

    private static void assertFigure(String expected, BigDecimal actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": " + actual);
    }

    @Test
    void energyAndCo2ComeFromTheYearsFactorTableWithOtherEnergyInEnergyOnly() {
        Scene s = scene();
        int revision = fixtures.roundTable(2012).getRevision();
        DeclarationFigures declared = new DeclarationFigures(
                new BigDecimal("1000"),
                new BigDecimal("4000"),
                null,
                new BigDecimal("1000"),
                new BigDecimal("200"),
                new BigDecimal("100"),
                new BigDecimal("10000"),
                null,
                null,
                new BigDecimal("500"),
                new BigDecimal("50"),
                "t",
                new BigDecimal("0.5"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                true);

        actingAs.user(s.enterprise());
        long id = declarations.submit(s.zone().getId(), s.organisation(), 2012, declared);
        Accounted accounted = declarations.show(id).accounted();
        assertTrue(accounted.computed());
        assertEquals(2012, accounted.year());
        assertEquals(revision, accounted.tableRevision(), "the figures cite the table's revision");
        // 1000 × 0.1 + 100 × 0.7 + 10000 × 0.001 + 500 × 0.03 + 50 × 0.5 (other, the enterprise's factor)
        assertFigure("220", accounted.energyTce(), "energy");
        // (1000 − 200 green) × 0.5 + 100 × 2 + 10000 × 0.002 + 500 × 0.1; other energy has no CO2 factor
        assertFigure("670", accounted.co2T(), "CO2");
        assertFigure("0.22", accounted.energyIntensity(), "energy per 10,000 yuan");
        assertFigure("0.67", accounted.co2Intensity(), "CO2 per 10,000 yuan");
        assertFigure("25", accounted.otherEnergyTce(), "other energy in tce");
        assertTrue(declarations.show(id).flags().isEmpty(), "the enterprise does not read the reviewer's flags");

        long withoutTable = declarations.submit(s.zone().getId(), s.organisation(), 2005, figures("100", "10"));
        Accounted none = declarations.show(withoutTable).accounted();
        assertFalse(none.computed(), "a year without a factor table has no figures yet, and no error");
        assertEquals(null, none.energyTce());

        actingAs.user(s.reviewer());
        Map<Long, Declarations.ReviewLine> lines = declarations
                .reviewPage(s.zone().getId(), null, 0, 10)
                .stream()
                .collect(Collectors.toMap(Declarations.ReviewLine::id, l -> l));
        assertFigure("220", lines.get(id).accounted().energyTce(), "the review list's energy");
        assertFigure("670", lines.get(id).accounted().co2T(), "the review list's CO2");
        assertFalse(lines.get(withoutTable).accounted().computed());
    }

    @Test
    void theReviewerSeesFlagsForTheSectorMedianAndTheChangeFromTheAcceptedYearBefore() {
        Scene s = scene();
        fixtures.roundTable(2011);
        fixtures.roundTable(2012);
        // three others of the sector at 0.1 tce per 10,000 yuan: the median is 0.1
        long quiet = peer(s, s.sector(), 2012, DeclarationStatus.SUBMITTED, "1000");
        peer(s, s.sector().toUpperCase(java.util.Locale.ROOT), 2012, DeclarationStatus.ACCEPTED, "1000");
        peer(s, s.sector(), 2012, DeclarationStatus.ACCEPTED, "1000");
        // not counted: a returned declaration, and another sector
        peer(s, s.sector(), 2012, DeclarationStatus.RETURNED, "90000");
        peer(s, "another " + s.sector(), 2012, DeclarationStatus.SUBMITTED, "90000");
        // the enterprise's accepted 2011: 0.2 tce and 1 t CO2 per 10,000 yuan
        fixtures.declared(
                s.zone().getId(),
                s.organisation(),
                2011,
                DeclarationStatus.ACCEPTED,
                figures("1000", "2000"),
                s.enterprise());

        actingAs.user(s.enterprise());
        // 0.6 tce and 3 t CO2 per 10,000 yuan: 6× the median, +200 % in both
        long flagged = declarations.submit(s.zone().getId(), s.organisation(), 2012, figures("1000", "6000"));

        actingAs.user(s.reviewer());
        List<Plausibility.Flag> flags = declarations.show(flagged).flags();
        assertEquals(
                List.of(Plausibility.Kind.SECTOR_MEDIAN, Plausibility.Kind.ENERGY_CHANGE, Plausibility.Kind.CO2_CHANGE),
                flags.stream().map(Plausibility.Flag::kind).toList());
        assertFigure("0.1", flags.get(0).reference(), "the sector's median");
        assertEquals(3, flags.get(0).basis(), "three others: the returned one and the other sector do not count");
        assertFigure("0.2", flags.get(1).reference(), "last year's accepted energy intensity");
        assertEquals(2011, flags.get(1).basis());
        assertTrue(declarations.show(quiet).flags().isEmpty(), "a declaration at the median is not flagged");

        Map<Long, Boolean> marks = declarations.reviewPage(s.zone().getId(), null, 0, 20).stream()
                .collect(Collectors.toMap(Declarations.ReviewLine::id, Declarations.ReviewLine::flagged));
        assertEquals(Boolean.TRUE, marks.get(flagged), "the review list marks the flagged declaration");
        assertEquals(Boolean.FALSE, marks.get(quiet));
    }

    @Test
    void aDraftIsTheEnterprisesOwnUntilFiledAndFilingRunsTheChecks() {
        Scene s = scene();
        int year = TestTime.year() - 1;
        long zone = s.zone().getId();
        DeclarationFigures incomplete = new DeclarationFigures(
                null,
                null,
                null,
                new BigDecimal("10"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        actingAs.user(s.enterprise());
        long draft = declarations.saveDraft(zone, s.organisation(), year, incomplete);
        assertTrue(declarations.hasDraft(zone, s.organisation(), year));
        assertEquals(
                new BigDecimal("10.000"),
                declarations
                        .lastFiled(zone, s.organisation(), year)
                        .orElseThrow()
                        .electricity(),
                "the form opens again with the draft");
        assertEquals(DeclarationStatus.DRAFT, declarations.show(draft).status());

        actingAs.user(s.reviewer());
        assertEquals(0, declarations.count(zone, null), "the zone does not see a draft");
        assertEquals(List.of(), declarations.reviewPage(zone, null, 0, 10));
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> declarations.show(draft))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> declarations.accept(draft))
                        .kind());

        actingAs.user(s.enterprise());
        assertEquals(
                "valueAdded",
                assertThrows(DomainException.class, () -> declarations.submit(zone, s.organisation(), year, incomplete))
                        .field(),
                "filing runs every check");
        assertEquals(DeclarationStatus.DRAFT, declarations.show(draft).status(), "nothing half-stored");
        assertEquals(draft, declarations.submit(zone, s.organisation(), year, figures("100", "10")));
        assertEquals(
                "zone.declaration.inReview",
                assertThrows(
                                DomainException.class,
                                () -> declarations.saveDraft(zone, s.organisation(), year, incomplete))
                        .messageKey());

        actingAs.user(s.reviewer());
        assertEquals(1, declarations.count(zone, null));
        declarations.accept(draft);

        actingAs.user(s.enterprise());
        long correction = declarations.saveDraft(zone, s.organisation(), year, figures("100", "12"));
        assertEquals(2, declarations.show(correction).number(), "a correction drafted after acceptance");
        assertEquals(2, declarations.show(correction).versions().size());

        actingAs.user(s.reviewer());
        assertEquals(
                List.of(DeclarationStatus.ACCEPTED),
                declarations.show(draft).versions().stream()
                        .map(Declarations.VersionLine::status)
                        .toList(),
                "the zone sees the accepted version, not the draft of its correction");
    }

    @Test
    void evidenceFilesAreCheckedByContentAndReadOnlyByTheEnterpriseAndItsZone() {
        Scene s = scene();
        long zone = s.zone().getId();
        int year = TestTime.year() - 1;

        actingAs.user(s.enterprise());
        long filed = declarations.submit(zone, s.organisation(), year, figures("100", "10"));
        long bill = evidence.attach(filed, "电费账单 2025.pdf", PDF);
        assertThrows(
                DomainException.class,
                () -> evidence.attach(
                        filed, "bill.pdf", "not a pdf at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                "a file is checked by its content, not its name");
        assertEquals(
                List.of("电费账单 2025.pdf"),
                evidence.list(filed).stream()
                        .map(DeclarationEvidenceFiles.EvidenceRow::fileName)
                        .toList());
        long draft = declarations.saveDraft(zone, s.organisation(), year - 1, figures("100", "10"));
        long draftBill = evidence.attach(draft, "draft.pdf", PDF);

        actingAs.user(s.reviewer());
        assertEquals(1, evidence.list(filed).size());
        assertTrue(java.util.Arrays.equals(PDF, evidence.download(bill).content()), "the zone downloads it");
        assertNotFound(() -> evidence.attach(filed, "zone.pdf", PDF), "the zone does not file evidence");
        assertNotFound(() -> evidence.download(draftBill), "a draft's files are the enterprise's own");

        long otherReviewer = people.person("Other evidence reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        zones.administeredZone("Other Evidence Park", "其他证明园区", otherReviewer);
        actingAs.user(otherReviewer);
        assertNotFound(() -> evidence.download(bill), "another zone's administrator");
        assertNotFound(() -> evidence.list(filed), "another zone's administrator lists nothing");
        actingAs.user(people.person("Evidence outsider", Language.ENGLISH, Role.APPLICANT));
        assertNotFound(() -> evidence.download(bill), "a person of another organisation");

        actingAs.user(s.reviewer());
        declarations.accept(filed);
        actingAs.user(s.enterprise());
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(DomainException.class, () -> evidence.attach(filed, "late.pdf", PDF))
                        .kind(),
                "an accepted version is kept as the zone accepted it");
        assertTrue(java.util.Arrays.equals(PDF, evidence.download(bill).content()));
    }
}
