package org.greenhub.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.InstitutionType;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.PublicReserve.Filter;
import org.greenhub.reserve.application.ReserveListing;
import org.greenhub.reserve.application.ReserveListing.Listed;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.JudgingFixtures;
import org.greenhub.testsupport.server.ReserveFixtures;
import org.greenhub.testsupport.server.ReserveFixtures.Project;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The public reserve: only projects listed today, found by words in any script, by each filter and a page at a time
 * from the database; the owner's contact only for a funder and only when the owner chose so. Every search carries a
 * unique tag, so rows other tests left behind are never counted.
 */
class PublicReserveIT extends InServerTest {

    @Inject
    ReserveListing listing;

    @Inject
    ReserveFixtures reserve;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ActingAs actingAs;

    private static Filter text(String text) {
        return new Filter(text, null, null, null, null, null, null, null);
    }

    private List<String> titles(Filter filter) {
        return listing.page(filter, Language.ENGLISH, 0, 50).stream()
                .map(Listed::title)
                .toList();
    }

    @Test
    void onlyListedProjectsAreFoundByWordsInChineseThaiAndVietnameseWithoutTheirAccents() {
        String tag = TestData.unique("t").substring(2);
        long owner = people.organisation("Reserve owner");
        long call = reserve.standingCall();
        reserve.listed(owner, call, Project.of("屋顶光伏电站 " + tag), Grade.A);
        reserve.listed(owner, call, Project.of("โซลาร์เซลล์บนหลังคา " + tag), Grade.B);
        reserve.listed(owner, call, Project.of("Điện mặt trời áp mái " + tag), Grade.C);
        long draft = reserve.draft(owner, call, Project.of("屋顶光伏草稿 " + tag));
        long rejected = reserve.rejected(owner, call, Project.of("โซลาร์เซลล์ถูกปฏิเสธ " + tag));
        long lapsed = reserve.listedOn(
                owner,
                call,
                Project.of("屋顶光伏过期 " + tag),
                Grade.A,
                TestTime.today().minusYears(3));

        assertEquals(List.of("屋顶光伏电站 " + tag), titles(text("屋顶光伏 " + tag)), "Chinese words");
        assertEquals(List.of("โซลาร์เซลล์บนหลังคา " + tag), titles(text("โซลาร์เซลล์ " + tag)), "Thai words");
        assertEquals(List.of("Điện mặt trời áp mái " + tag), titles(text("dien mat troi " + tag)), "without accents");
        assertEquals(3, listing.count(text(tag)), "drafts, rejected and lapsed projects are never counted");
        for (long hidden : new long[] {draft, rejected, lapsed}) {
            DomainException refusal =
                    assertThrows(DomainException.class, () -> listing.project(hidden, Language.ENGLISH));
            assertEquals(DomainException.Kind.NOT_FOUND, refusal.kind(), "a direct link to an unlisted project");
        }
    }

    @Test
    void eachFilterNarrowsTheListAndPagesComeFromTheDatabaseBestGradeFirst() {
        String tag = TestData.unique("f").substring(2);
        long owner = people.organisation("Filtered owner");
        long call = reserve.standingCall();
        reserve.listed(owner, call, Project.of("Solar " + tag).zone("SIP").financing("12000000"), Grade.B);
        reserve.listed(
                owner,
                call,
                Project.of("Wastewater " + tag)
                        .category(GreenCategory.ENERGY_SAVING_AND_ENVIRONMENTAL_PROTECTION)
                        .stage(ProjectStage.PILOT)
                        .financing("3500000")
                        .instruments(FinancingInstrument.EQUITY),
                Grade.A);
        reserve.listed(
                owner,
                call,
                Project.of("Biogas " + tag)
                        .category(GreenCategory.CLEAN_PRODUCTION)
                        .financing("800000")
                        .instruments(FinancingInstrument.GREEN_BOND, FinancingInstrument.GREEN_LOAN),
                Grade.C);

        assertEquals(
                List.of("Wastewater " + tag, "Solar " + tag, "Biogas " + tag), titles(text(tag)), "best grade first");
        assertEquals(
                List.of("Biogas " + tag),
                titles(new Filter(tag, GreenCategory.CLEAN_PRODUCTION, null, null, null, null, null, null)));
        assertEquals(List.of("Solar " + tag), titles(new Filter(tag, null, "sip", null, null, null, null, null)));
        assertEquals(
                List.of("Wastewater " + tag),
                titles(new Filter(tag, null, null, ProjectStage.PILOT, null, null, null, null)));
        assertEquals(
                List.of("Solar " + tag, "Biogas " + tag),
                titles(new Filter(tag, null, null, null, FinancingInstrument.GREEN_LOAN, null, null, null)));
        assertEquals(
                List.of("Wastewater " + tag, "Biogas " + tag),
                titles(new Filter(tag, null, null, null, null, null, new BigDecimal("3500000"), null)),
                "the upper amount is included");
        assertEquals(
                List.of("Wastewater " + tag, "Solar " + tag),
                titles(new Filter(tag, null, null, null, null, new BigDecimal("1000000"), null, null)));
        assertEquals(List.of("Solar " + tag), titles(new Filter(tag, null, null, null, null, null, null, Grade.B)));

        List<Listed> second = listing.page(text(tag), Language.ENGLISH, 2, 2);
        assertEquals(
                List.of("Biogas " + tag), second.stream().map(Listed::title).toList(), "the second page of two");
        ReserveListing.Page apiPage = listing.search(text(tag), Language.ENGLISH, 1, 2);
        assertEquals(3, apiPage.total());
        assertEquals(1, apiPage.projects().size());

        DomainException range = assertThrows(
                DomainException.class,
                () -> listing.count(
                        new Filter(tag, null, null, null, null, new BigDecimal("5"), new BigDecimal("4"), null)));
        assertEquals("maxAmount", range.field());
        DomainException code = assertThrows(
                DomainException.class, () -> ReserveListing.filter(null, "SOLAR", null, null, null, null, null, null));
        assertEquals("category", code.field());
        DomainException size =
                assertThrows(DomainException.class, () -> listing.search(text(tag), Language.ENGLISH, 0, 1000));
        assertEquals("size", size.field());
    }

    @Test
    void theOwnersContactIsGivenOnlyToAFunderAndOnlyWhenTheOwnerChoseSo() {
        long owner = people.organisation("Contact owner");
        long ownerPerson = people.person("Owner contact", Language.ENGLISH);
        people.affiliate(
                ownerPerson, owner, AffiliationRole.CONTACT, TestTime.today().minusYears(1), null);
        long call = reserve.standingCall();
        long shown = reserve.listed(owner, call, Project.of("Shown contact"), Grade.A);
        long kept = reserve.listed(owner, call, Project.of("Kept contact").contactForFunders(false), Grade.A);
        long applicant = people.person("Curious applicant", Language.ENGLISH, Role.APPLICANT);
        long funder = people.person("Bank officer", Language.ENGLISH, Role.APPLICANT);
        long bank = reserve.institution("Contact bank");
        people.affiliate(
                funder, bank, AffiliationRole.EMPLOYEE, TestTime.today().minusMonths(3), null);
        reserve.verify(bank, InstitutionType.BANK, funder);

        assertNull(listing.project(shown, Language.ENGLISH).contact(), "nobody signed in");
        actingAs.user(applicant);
        assertNull(listing.project(shown, Language.ENGLISH).contact(), "signed in, not a funder");
        actingAs.user(funder);
        Listed forFunder = listing.project(shown, Language.ENGLISH);
        assertNotNull(forFunder.contact(), "a funder, and the owner chose to show it");
        assertEquals(people.email(ownerPerson), forFunder.contact().email());
        assertNull(listing.project(kept, Language.ENGLISH).contact(), "the owner kept it for accepted contacts");
    }

    @Test
    void aFilteredPageTakesAFewStatementsWhateverItsSize() {
        String tag = TestData.unique("s").substring(2);
        long owner = people.organisation("Counted owner");
        long call = reserve.standingCall();
        for (int i = 0; i < 12; i++) {
            reserve.listed(
                    owner,
                    call,
                    Project.of("Counted " + i + " " + tag)
                            .instruments(FinancingInstrument.GREEN_LOAN, FinancingInstrument.EQUITY),
                    Grade.A);
        }
        Filter filter = new Filter(
                tag,
                GreenCategory.CLEAN_ENERGY,
                null,
                ProjectStage.CONSTRUCTION,
                FinancingInstrument.GREEN_LOAN,
                new BigDecimal("1000"),
                null,
                Grade.A);
        long ofTwo = statementsFor(filter, 2);
        long ofTen = statementsFor(filter, 10);
        assertEquals(ofTwo, ofTen, "a longer page takes no more statements");
        // the zones named in the reader's language, the page with instruments and contacts, and the count
        assertTrue(ofTen <= 3, "statements for one filtered page and its count: " + ofTen);
    }

    /** The fewest statements of three reads: the mail outbox polls in the background and could add one. */
    private long statementsFor(Filter filter, int size) {
        Statistics statistics = judging.statistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long fewest = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                statistics.clear();
                List<Listed> page = listing.page(filter, Language.CHINESE, 0, size);
                listing.count(filter);
                assertEquals(size, page.size());
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
            return fewest;
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
