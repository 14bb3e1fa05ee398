package org.greenhub.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.application.FounderRegistration;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.organisation.domain.OrganisationRepository.OrganisationQuery;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.junit.jupiter.api.Test;

/** Organisation records in the real database: names in any script, search, sort, and who may see or change them. */
class OrganisationIT extends InServerTest {

    private static final String PASSWORD = "Green-Growth-2026";

    @Inject
    OrganisationService organisations;

    @Inject
    FounderRegistration registration;

    @Inject
    ActingAs actingAs;

    @Inject
    TestData data;

    private Organisation create(String legalName, String registeredName) {
        return organisations.createAsAdministrator(new Organisation.Details(
                OrganisationKind.ENTERPRISE, legalName, registeredName, null, null, null, null, null));
    }

    @Test
    void namesInEveryScriptAreFoundWithoutAccentsAndSortedByUnicodeCollation() {
        actingAs.user(data.adminId());
        String tag = TestData.unique("scripts");
        create(tag + " 绿源环保科技", "绿源环保科技（苏州）有限公司");
        create(tag + " บริษัท กรีนเทค จำกัด", null);
        create(tag + " Công ty Nguyễn Xanh", "Công ty TNHH Nguyễn Xanh");
        create(tag + " Alpha Green", null);
        create(tag + " Éco Énergie", null);

        List<String> sorted = organisations.page(new OrganisationQuery(tag, null, "legalName", true), 0, 50).stream()
                .map(Organisation::getLegalName)
                .toList();
        assertEquals(
                List.of(
                        tag + " Alpha Green",
                        tag + " Công ty Nguyễn Xanh",
                        tag + " Éco Énergie",
                        tag + " บริษัท กรีนเทค จำกัด",
                        tag + " 绿源环保科技"),
                sorted);

        assertEquals(List.of(tag + " Công ty Nguyễn Xanh"), names(tag + " nguyen"));
        assertEquals(List.of(tag + " Công ty Nguyễn Xanh"), names("TNHH NGUYỄN"));
        assertEquals(List.of(tag + " 绿源环保科技"), names(tag + " 绿源"));
        assertEquals(List.of(tag + " บริษัท กรีนเทค จำกัด"), names(tag + " กรีนเทค"));
        assertEquals(List.of(tag + " Éco Énergie"), names(tag + " eco energie"));
        assertEquals(5, organisations.count(new OrganisationQuery(tag, null, null, true)));
    }

    @Test
    void likeWildcardsInTheSearchAreTakenLiterally() {
        actingAs.user(data.adminId());
        String tag = TestData.unique("wild");
        create(tag + " 100% Green", null);
        create(tag + " Green_Tech", null);
        assertEquals(List.of(tag + " 100% Green"), names(tag + " 100%"));
        assertEquals(List.of(tag + " Green_Tech"), names(tag + " green_"));
    }

    private List<String> names(String text) {
        return organisations.page(new OrganisationQuery(text, null, null, true), 0, 50).stream()
                .map(Organisation::getLegalName)
                .filter(name -> name.contains("-"))
                .toList();
    }

    @Test
    void anApplicantSeesOnlyTheirOwnOrganisationAndOthersAreNotFound() {
        String email = TestData.email("owner");
        UserAccount founder = registration
                .register(
                        email,
                        "Owner",
                        PASSWORD,
                        Language.ENGLISH,
                        new Organisation.Details(
                                OrganisationKind.START_UP, TestData.unique("Own"), null, null, null, null, null, null))
                .orElseThrow();
        actingAs.user(data.adminId());
        Organisation other = create(TestData.unique("Other"), null);

        actingAs.user(founder.getId());
        long own = organisations.myAffiliations().get(0).getOrganisation().getId();
        assertEquals(own, organisations.view(own).getId());
        assertTrue(organisations.canEdit(own));
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> organisations.view(other.getId()))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> organisations.view(Long.MAX_VALUE))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(
                                DomainException.class,
                                () -> organisations.update(other.getId(), other.details(), other.getVersion()))
                        .kind());
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(
                                DomainException.class,
                                () -> organisations.page(new OrganisationQuery(null, null, null, true), 0, 10))
                        .kind());
    }

    @Test
    void markupInAnyTextFieldIsRefusedAndNothingIsStored() {
        actingAs.user(data.adminId());
        long before = data.count("Organisation");
        String script = "<script>alert(1)</script>";
        List<Organisation.Details> attempts = List.of(
                new Organisation.Details(OrganisationKind.START_UP, script, null, null, null, null, null, null),
                new Organisation.Details(OrganisationKind.START_UP, "Ok", script, null, null, null, null, null),
                new Organisation.Details(OrganisationKind.START_UP, "Ok", null, script, null, null, null, null),
                new Organisation.Details(OrganisationKind.START_UP, "Ok", null, null, null, script, null, null),
                new Organisation.Details(OrganisationKind.START_UP, "Ok", null, null, null, null, script, null),
                new Organisation.Details(OrganisationKind.START_UP, "Ok", null, null, null, null, null, script),
                new Organisation.Details(
                        OrganisationKind.START_UP, "x".repeat(10_000), null, null, null, null, null, null));
        for (Organisation.Details attempt : attempts) {
            DomainException refusal =
                    assertThrows(DomainException.class, () -> organisations.createAsAdministrator(attempt));
            assertEquals(DomainException.Kind.INVALID, refusal.kind(), refusal.getMessage());
        }
        assertEquals(before, data.count("Organisation"));
    }

    @Test
    void aStaleEditIsRefusedWithoutLosingTheOtherChange() {
        actingAs.user(data.adminId());
        Organisation created = create(TestData.unique("Stale"), null);
        long version = created.getVersion();
        Organisation.Details first = new Organisation.Details(
                OrganisationKind.ENTERPRISE, created.getLegalName(), null, null, null, "Zone A", null, null);
        Organisation.Details second = new Organisation.Details(
                OrganisationKind.ENTERPRISE, created.getLegalName(), null, null, null, "Zone B", null, null);
        organisations.update(created.getId(), first, version);
        DomainException refusal =
                assertThrows(DomainException.class, () -> organisations.update(created.getId(), second, version));
        assertEquals("platform.error.concurrentChange", refusal.messageKey());
        assertEquals("Zone A", organisations.view(created.getId()).getZone());
    }
}
