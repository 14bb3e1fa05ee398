package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.testsupport.server.ZoneFixtures;
import org.greenhub.zone.application.DeclarationQueries;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Annual declarations in the real database: an enterprise's people file, the zone returns (the filer is mailed in
 * their language), the enterprise corrects, the zone accepts, and a later correction is a new version; another
 * zone's administrator and people of other organisations get "not found".
 */
class DeclarationsIT extends InServerTest {

    @Inject
    Declarations declarations;

    @Inject
    ZoneFixtures zones;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    private static DeclarationFigures figures(String electricity, String green) {
        return new DeclarationFigures(
                new BigDecimal("12500"),
                new BigDecimal("48000"),
                new BigDecimal("9000"),
                new BigDecimal(electricity),
                new BigDecimal(green),
                new BigDecimal("120.5"),
                new BigDecimal("350000"),
                null,
                null,
                new BigDecimal("800"),
                null,
                null,
                null,
                new BigDecimal("90000"),
                new BigDecimal("30000"),
                new BigDecimal("410"),
                new BigDecimal("380"),
                new BigDecimal("2.1"),
                new BigDecimal("0.3"),
                new BigDecimal("0.8"),
                new BigDecimal("1.6"),
                new BigDecimal("0.9"),
                new BigDecimal("0.4"),
                true,
                true);
    }

    private record Scene(long reviewer, long enterprise, long organisation, Zone zone) {}

    private Scene scene() {
        long reviewer = people.person("Declaration reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        long enterprise = people.person("Declaring manager", Language.CHINESE, Role.APPLICANT);
        long organisation =
                competitions.startUp("Declaring Works", TestTime.today().minusYears(5), "chemicals", enterprise);
        Zone zone = zones.administeredZone("Declaration Park", "申报园区", reviewer);
        zones.placeIn(organisation, zone.getId());
        return new Scene(reviewer, enterprise, organisation, zone);
    }

    private static void assertNotFound(Executable action, String why) {
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, action).kind(),
                why);
    }

    @Test
    void declareReturnCorrectAcceptAndCorrectAgainAsANewVersion() {
        Scene s = scene();
        int year = TestTime.today().getYear() - 1;

        actingAs.user(s.enterprise());
        assertTrue(declarations.declarants().stream()
                .anyMatch(
                        d -> d.organisationId() == s.organisation() && d.zone().equals("申报园区")));
        Declaration filed = declarations.file(s.zone().getId(), s.organisation(), year, figures("5200", "1300"));
        assertEquals(DeclarationStatus.SUBMITTED, filed.getStatus());
        assertEquals(
                "zone.declaration.inReview",
                assertThrows(
                                DomainException.class,
                                () -> declarations.file(s.zone().getId(), s.organisation(), year, figures("5200", "1")))
                        .messageKey(),
                "a version in review is not filed over");

        actingAs.user(s.reviewer());
        List<DeclarationQueries.Line> waiting = declarations.page(s.zone().getId(), DeclarationStatus.SUBMITTED, 0, 10);
        assertEquals(
                List.of(filed.getId()),
                waiting.stream().map(DeclarationQueries.Line::id).toList());
        assertEquals(1, declarations.count(s.zone().getId(), null));
        declarations.returnForCorrection(filed.getId(), "Natural gas looks like litres, not m³.");
        assertEquals(
                1,
                zones.mails(people.email(s.enterprise()), "退回更正"),
                "whoever filed is told in their language (Chinese)");

        actingAs.user(s.enterprise());
        Declaration corrected = declarations.file(s.zone().getId(), s.organisation(), year, figures("5200", "1000"));
        assertEquals(filed.getId(), corrected.getId(), "a returned version is corrected in place");
        assertEquals(DeclarationStatus.SUBMITTED, corrected.getStatus());

        actingAs.user(s.reviewer());
        assertEquals(
                DeclarationStatus.ACCEPTED, declarations.accept(filed.getId()).getStatus());
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(DomainException.class, () -> declarations.accept(filed.getId()))
                        .kind(),
                "an accepted version is not accepted twice");

        actingAs.user(s.enterprise());
        Declaration second = declarations.file(s.zone().getId(), s.organisation(), year, figures("5300", "1000"));
        assertEquals(2, second.getNumber());
        Declarations.DeclarationView shown = declarations.show(second.getId());
        assertEquals(
                List.of(DeclarationStatus.ACCEPTED, DeclarationStatus.SUBMITTED),
                shown.versions().stream().map(Declarations.VersionLine::status).toList(),
                "the accepted version is kept beside its correction");
        assertEquals(
                new BigDecimal("5200.000"),
                declarations.show(shown.versions().get(0).id()).figures().electricity());
    }

    @Test
    void anotherZonesAdministratorAndOutsidersGetNotFound() {
        Scene s = scene();
        int year = TestTime.today().getYear() - 1;
        actingAs.user(s.enterprise());
        Declaration filed = declarations.file(s.zone().getId(), s.organisation(), year, figures("100", "10"));

        long otherReviewer = people.person("Other zone reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        zones.administeredZone("Other Park", "其他园区", otherReviewer);
        actingAs.user(otherReviewer);
        assertNotFound(() -> declarations.page(s.zone().getId(), null, 0, 10), "another zone's list");
        assertNotFound(() -> declarations.count(s.zone().getId(), null), "another zone's count");
        assertNotFound(() -> declarations.show(filed.getId()), "another zone's declaration");
        assertNotFound(() -> declarations.accept(filed.getId()), "accepting another zone's declaration");
        assertNotFound(
                () -> declarations.returnForCorrection(filed.getId(), "No."), "returning another zone's declaration");

        long outsider = people.person("Outsider", Language.ENGLISH, Role.APPLICANT);
        actingAs.user(outsider);
        assertNotFound(
                () -> declarations.file(s.zone().getId(), s.organisation(), year - 1, figures("1", "1")),
                "an outsider cannot file for an organisation");
        assertNotFound(() -> declarations.show(filed.getId()), "an outsider does not read it");

        actingAs.user(s.enterprise());
        Zone elsewhere = zones.zone("Elsewhere Park", null);
        assertNotFound(
                () -> declarations.file(elsewhere.getId(), s.organisation(), year - 1, figures("1", "1")),
                "an organisation files only to its own zone");
        assertNotFound(() -> declarations.accept(filed.getId()), "the enterprise does not review its own declaration");
        assertEquals(
                DeclarationStatus.SUBMITTED, declarations.show(filed.getId()).status());
    }
}
