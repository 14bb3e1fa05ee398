package org.greenhub.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.greenhub.reserve.application.ListingNotifications;
import org.greenhub.reserve.application.SavedSearches;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.SavedSearch.Criteria;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.ReserveFixtures;
import org.greenhub.testsupport.server.ReserveFixtures.Project;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * A funder saves a search and is mailed, in Vietnamese, once, when a newly listed project matches it; a search the
 * project does not match, a draft and a second call mail nobody. A search needs a criterion and a sane amount range,
 * and another person's search is "not found".
 */
class SavedSearchIT extends InServerTest {

    @Inject
    SavedSearches searches;

    @Inject
    ListingNotifications notifications;

    @Inject
    ReserveFixtures reserve;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    private long funder(String name, Language language) {
        long person = people.person(name, language, Role.APPLICANT);
        long bank = reserve.institution(name + " bank");
        people.affiliate(
                person, bank, AffiliationRole.EMPLOYEE, TestTime.today().minusYears(1), null);
        reserve.verify(bank, InstitutionType.GREEN_BOND_UNDERWRITER, person);
        return person;
    }

    @Test
    void aMatchingNewListingIsMailedOnceToTheFundersWhoseSearchItMatches() {
        String zone = "Z" + TestData.unique("").substring(1, 7).toUpperCase();
        long matching = funder("Searching funder", Language.VIETNAMESE);
        long other = funder("Other searcher", Language.ENGLISH);

        actingAs.user(matching);
        long search = searches.save(
                "Trái phiếu xanh " + zone,
                new Criteria(
                        GreenCategory.CLEAN_PRODUCTION,
                        zone,
                        FinancingInstrument.GREEN_BOND,
                        null,
                        new BigDecimal("1000000")));
        assertEquals(
                List.of(search),
                searches.mine().stream().map(SavedSearches.Row::id).toList());
        actingAs.user(other);
        searches.save("Equity " + zone, new Criteria(null, zone, FinancingInstrument.EQUITY, null, null));
        assertNotFound(() -> searches.delete(search));

        long owner = people.organisation("Searched owner");
        long call = reserve.standingCall();
        long draft = reserve.draft(owner, call, Project.of("Draft biogas").zone(zone));
        long biogas = reserve.listed(
                owner,
                call,
                Project.of("Biogas " + zone)
                        .category(GreenCategory.CLEAN_PRODUCTION)
                        .zone(zone)
                        .financing("800000")
                        .instruments(FinancingInstrument.GREEN_BOND, FinancingInstrument.GREEN_LOAN),
                Grade.B);

        assertEquals(0, notifications.projectListed(draft), "a draft is not announced");
        assertEquals(1, notifications.projectListed(biogas), "only the green-bond search matches");
        assertEquals(0, notifications.projectListed(biogas), "a second call mails nobody again");
        List<String> mails = people.mailSubjects(people.email(matching));
        assertEquals(List.of("Có dự án mới phù hợp với tìm kiếm “Trái phiếu xanh " + zone + "” của bạn"), mails);
        assertTrue(people.mailSubjects(people.email(other)).isEmpty());
    }

    @Test
    void aSearchNeedsACriterionAndASaneRangeAndOnlyAFunderSavesOne() {
        long funder = funder("Careful funder", Language.THAI);
        long applicant = people.person("Not a funder", Language.ENGLISH, Role.APPLICANT);

        actingAs.user(applicant);
        DomainException notFunder = assertThrows(
                DomainException.class,
                () -> searches.save("Mine", new Criteria(GreenCategory.CLEAN_ENERGY, null, null, null, null)));
        assertEquals(DomainException.Kind.FORBIDDEN, notFunder.kind());

        actingAs.user(funder);
        DomainException none = assertThrows(
                DomainException.class, () -> searches.save("Everything", new Criteria(null, null, null, null, null)));
        assertEquals("category", none.field());
        DomainException range = assertThrows(
                DomainException.class,
                () -> searches.save(
                        "Backwards",
                        new Criteria(null, null, null, new BigDecimal("5000000"), new BigDecimal("1000000"))));
        assertEquals("maxAmount", range.field());
        DomainException unnamed = assertThrows(
                DomainException.class,
                () -> searches.save(" ", new Criteria(GreenCategory.CLEAN_ENERGY, null, null, null, null)));
        assertEquals("name", unnamed.field());
        assertTrue(searches.mine().isEmpty(), "nothing refused was stored");
    }

    private static void assertNotFound(Runnable action) {
        DomainException refusal = assertThrows(DomainException.class, action::run);
        assertEquals(DomainException.Kind.NOT_FOUND, refusal.kind());
    }
}
