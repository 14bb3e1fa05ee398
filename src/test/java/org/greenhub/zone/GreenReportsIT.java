package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.GreenReportFixtures;
import org.greenhub.testsupport.server.GreenReportFixtures.Scene;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.zone.application.AccountingCalculator;
import org.greenhub.zone.application.GreenReportFigures;
import org.greenhub.zone.application.GreenReports;
import org.greenhub.zone.application.PublishedGreenReports;
import org.greenhub.zone.application.ZoneAccounts;
import org.greenhub.zone.domain.GreenReportStatus;
import org.greenhub.zone.domain.GreenReportTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The annual report's life: a draft, sent for review with its figures frozen, refused to its author and approved by
 * the zone's second administrator, published; the public reads it and its data pack recomputes its figures; a
 * correction is version 2 with its reason while version 1 stays readable. Another zone's administrator gets 404, and
 * so does the public before publication.
 */
class GreenReportsIT extends InServerTest {

    @Inject
    GreenReports reports;

    @Inject
    PublishedGreenReports published;

    @Inject
    ZoneAccounts accounts;

    @Inject
    AccountingCalculator calculator;

    @Inject
    GreenReportFixtures fixtures;

    @Inject
    ActingAs actingAs;

    static GreenReportTexts texts(String introductionEn) {
        return GreenReportTexts.of(
                introductionEn,
                "园区稳步发展。",
                null,
                null,
                "Emissions per unit of value added fell.",
                "单位工业增加值二氧化碳排放量下降。",
                "การปล่อยก๊าซต่อหน่วยมูลค่าเพิ่มลดลง",
                null,
                "More rooftop solar.",
                "推广屋顶光伏。",
                null,
                null);
    }

    private static void assertNotFound(Executable action, String why) {
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, action).kind(),
                why);
    }

    @Test
    void draftReviewByASecondAdministratorPublishRecomputeAndCorrectAsVersionTwo() {
        Scene s = fixtures.scene("Report life");
        String code = s.zone().getCode();

        actingAs.user(s.author());
        long id = reports.start(s.zone().getId(), s.year());
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(DomainException.class, () -> reports.start(s.zone().getId(), s.year()))
                        .kind(),
                "one report per zone-year; a change is a correction");
        GreenReports.Shown draft = reports.write(id, texts("The zone grew steadily."));
        assertEquals(GreenReportStatus.DRAFT, draft.status());
        assertTrue(draft.content() != null, "the draft previews the year's figures");
        assertNotFound(() -> published.page(code, s.year(), null, Language.ENGLISH), "not published: not found");

        GreenReports.Shown sent = reports.submit(id, texts("The zone grew steadily."));
        assertEquals(GreenReportStatus.IN_REVIEW, sent.status());
        assertTrue(!sent.mayReview(), "the author is not offered the review");
        assertEquals(
                "zone.report.fourEyes",
                assertThrows(DomainException.class, () -> reports.approve(id)).messageKey(),
                "the author cannot approve their own report");

        actingAs.user(s.outsider());
        assertNotFound(() -> reports.show(id), "another zone's report");
        assertNotFound(() -> reports.approve(id), "another zone's administrator cannot approve");
        assertNotFound(() -> reports.ofZone(s.zone().getId()), "another zone's list");

        actingAs.user(s.second());
        assertTrue(reports.show(id).mayReview());
        reports.approve(id);
        assertNotFound(() -> published.page(code, s.year(), null, Language.ENGLISH), "approved is not published");
        GreenReports.Shown out = reports.publish(id);
        assertEquals(GreenReportStatus.PUBLISHED, out.status());
        assertEquals(
                List.of(
                        "ZONE_REPORT_STARTED",
                        "ZONE_REPORT_WRITTEN",
                        "ZONE_REPORT_SUBMITTED",
                        "ZONE_REPORT_APPROVED",
                        "ZONE_REPORT_PUBLISHED"),
                fixtures.auditActions(id),
                "every step is audited");

        // the public reads it in Thai: the Thai progress section, the English introduction marked as a fallback
        PublishedGreenReports.Published thai = published.page(code, s.year(), null, Language.THAI);
        assertEquals(1, thai.view().number());
        assertEquals(
                "การปล่อยก๊าซต่อหน่วยมูลค่าเพิ่มลดลง",
                thai.view().narrative().get(1).text());
        assertTrue(thai.view().narrative().get(0).fallback());
        assertEquals("en", thai.view().narrative().get(0).lang());

        // the data pack is frozen with its hash and recomputes to the published figures
        PublishedGreenReports.Download pack = published.dataPack(code, s.year(), null);
        String json = new String(pack.content(), StandardCharsets.UTF_8);
        assertEquals(thai.view().sha256(), GreenReportFigures.sha256(json));
        GreenReportFigures.DataPack parsed = GreenReportFigures.pack(json);
        assertEquals(calculator.calculate(parsed.request()), parsed.response(), "the pack recomputes its figures");
        assertEquals(
                accounts.asOf(s.zone().getId(), s.year()).orElseThrow().response(),
                parsed.response(),
                "the figures are the zone's accounts as of the year");
        assertTrue(new String(
                        published.pdf(code, s.year(), null, Language.THAI).content(), 0, 5, StandardCharsets.US_ASCII)
                .startsWith("%PDF"));
        assertTrue(new String(
                        published.workbook(code, s.year(), null, Language.THAI).content(),
                        0,
                        2,
                        StandardCharsets.US_ASCII)
                .equals("PK"));

        // a published report is fixed; a later accepted correction of a declaration changes the accounts, not it
        actingAs.user(s.author());
        assertThrows(DomainException.class, () -> reports.write(id, texts("Rewritten.")));
        fixtures.accept(
                s.filer(),
                s.second(),
                s.zone(),
                s.organisation(),
                s.year(),
                GreenReportFixtures.figures("12000", "4800", "60"));
        assertEquals(json, new String(published.dataPack(code, s.year(), null).content(), StandardCharsets.UTF_8));

        // the correction: version 2 with its reason, through the four eyes again
        actingAs.user(s.author());
        assertEquals(
                "reason",
                assertThrows(DomainException.class, () -> reports.correct(id, " "))
                        .field());
        long v2 = reports.correct(id, "One enterprise corrected its electricity for the year.");
        reports.submit(v2, texts("The zone grew steadily, as corrected."));
        actingAs.user(s.second());
        reports.approve(v2);
        reports.publish(v2);

        PublishedGreenReports.Published newest = published.page(code, s.year(), null, Language.ENGLISH);
        assertEquals(2, newest.view().number());
        assertEquals(
                "One enterprise corrected its electricity for the year.",
                newest.view().correctionReason());
        assertEquals(List.of(1, 2), newest.versions());
        assertNotEquals(thai.view().sha256(), newest.view().sha256(), "the corrected figures have their own pack");
        PublishedGreenReports.Published first = published.page(code, s.year(), 1, Language.ENGLISH);
        assertEquals(1, first.view().number());
        assertEquals(thai.view().sha256(), first.view().sha256(), "version 1 stays readable as published");
        assertNull(first.view().correctionReason());
        assertNotFound(() -> published.page(code, s.year(), 3, Language.ENGLISH), "no version 3");
        assertNotFound(() -> published.page(s.otherZone().getCode(), s.year(), null, Language.ENGLISH), "no report");
    }
}
