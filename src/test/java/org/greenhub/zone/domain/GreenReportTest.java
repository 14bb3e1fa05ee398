package org.greenhub.zone.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** The report's four eyes and versions: who may approve, what is frozen, what a correction keeps. */
class GreenReportTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private static final long AUTHOR = 1;
    private static final long SECOND = 2;

    private static GreenReportTexts texts(String zhIntroduction) {
        return GreenReportTexts.of(
                "The zone grew.",
                zhIntroduction,
                null,
                null,
                "Emissions fell.",
                "排放下降。",
                null,
                "Phát thải giảm.",
                "More solar.",
                "更多光伏。",
                null,
                null);
    }

    private static GreenReport inReview() {
        GreenReport report = GreenReport.start(7, 2025, 2026, AUTHOR, NOW);
        report.write(texts("园区增长。"));
        report.submit(AUTHOR, "{\"pack\":1}", "ab".repeat(32), "{}", NOW);
        return report;
    }

    @Test
    void aReportIsSentForReviewOnlyWithEverySectionInEnglishAndChinese() {
        GreenReport report = GreenReport.start(7, 2025, 2026, AUTHOR, NOW);
        report.write(texts("  "));
        DomainException refused =
                assertThrows(DomainException.class, () -> report.submit(AUTHOR, "{}", "ab".repeat(32), "{}", NOW));
        assertEquals("introductionZh", refused.field(), "the missing Chinese introduction is named");
        assertEquals(GreenReportStatus.DRAFT, report.getStatus());
        assertFalse(report.frozen(), "nothing frozen by a refused submission");
    }

    @Test
    void theAuthorCannotApproveOrReturnTheirOwnReportButASecondAdministratorCan() {
        GreenReport report = inReview();
        assertTrue(report.frozen());
        DomainException own = assertThrows(DomainException.class, () -> report.approve(AUTHOR, NOW));
        assertEquals("zone.report.fourEyes", own.messageKey());
        assertThrows(DomainException.class, () -> report.returnForCorrection(AUTHOR, "Too short.", NOW));
        assertEquals(GreenReportStatus.IN_REVIEW, report.getStatus());
        assertThrows(DomainException.class, () -> report.publish(SECOND, NOW), "not approved yet");

        report.approve(SECOND, NOW);
        assertEquals(GreenReportStatus.APPROVED, report.getStatus());
        report.publish(AUTHOR, NOW);
        assertEquals(GreenReportStatus.PUBLISHED, report.getStatus());
        assertThrows(DomainException.class, () -> report.write(texts("改写。")), "a published report is fixed");
    }

    @Test
    void aReturnNeedsAReasonAndUnfreezesTheFiguresForTheNextSubmission() {
        GreenReport report = inReview();
        assertEquals(
                "reason",
                assertThrows(DomainException.class, () -> report.returnForCorrection(SECOND, " ", NOW))
                        .field());
        report.returnForCorrection(SECOND, "Say more about solar.", NOW);
        assertEquals(GreenReportStatus.RETURNED, report.getStatus());
        assertEquals("Say more about solar.", report.getReturnReason());
        assertFalse(report.frozen());
        report.write(texts("园区持续增长。"));
        // the second administrator may send it back in: then the author is the second pair of eyes
        report.submit(SECOND, "{}", "cd".repeat(32), "{}", NOW);
        assertNull(report.getReturnReason());
        assertThrows(DomainException.class, () -> report.approve(SECOND, NOW));
        report.approve(AUTHOR, NOW);
        assertEquals(GreenReportStatus.APPROVED, report.getStatus());
    }

    @Test
    void aCorrectionIsTheNextVersionWithItsReasonAndThePublishedOneStaysAsItWas() {
        GreenReport published = inReview();
        published.approve(SECOND, NOW);
        assertThrows(DomainException.class, () -> published.correction("Typo.", AUTHOR, NOW), "not published");
        published.publish(SECOND, NOW);
        assertThrows(DomainException.class, () -> published.correction("", AUTHOR, NOW), "a reason is required");

        GreenReport correction =
                published.correction("The 2025 gas figure of one enterprise was corrected.", AUTHOR, NOW);
        assertEquals(2, correction.getNumber());
        assertEquals(2025, correction.getYear());
        assertEquals(GreenReportStatus.DRAFT, correction.getStatus());
        assertEquals("The 2025 gas figure of one enterprise was corrected.", correction.getCorrectionReason());
        assertEquals(published.texts(), correction.texts(), "the narrative is carried over to be corrected");
        assertFalse(correction.frozen(), "its figures are taken again when it is sent for review");
        assertEquals(GreenReportStatus.PUBLISHED, published.getStatus());
        assertEquals("ab".repeat(32), published.getDataPackSha256());
    }

    @Test
    void aReaderWithoutTheirLanguageReadsTheEnglishMarkedAsSuch() {
        GreenReport report = inReview();
        assertTrue(report.section("introduction").shown(Language.THAI).fallback());
        assertEquals(
                "The zone grew.",
                report.section("introduction").shown(Language.THAI).text());
        assertEquals(
                "Phát thải giảm.",
                report.section("progress").shown(Language.VIETNAMESE).text());
        assertFalse(report.section("progress").shown(Language.VIETNAMESE).fallback());
    }

    @Test
    void aReportCoversAPastOrTheCurrentYear() {
        assertEquals(
                "year",
                assertThrows(DomainException.class, () -> GreenReport.start(7, 2027, 2026, AUTHOR, NOW))
                        .field());
    }
}
