package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.testsupport.server.ZoneFixtures;
import org.greenhub.testsupport.server.ZoneImportFixtures;
import org.greenhub.testsupport.server.ZoneImportFixtures.Enterprise;
import org.greenhub.zone.application.DeclarationImport;
import org.greenhub.zone.application.DeclarationImportRejected;
import org.greenhub.zone.application.DeclarationQueries;
import org.greenhub.zone.application.DeclarationSheet;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.Zone;
import org.junit.jupiter.api.Test;

/**
 * The zone's declaration import in the real database: a good sheet files every line (waiting for review, or accepted
 * when asked), a sheet with bad lines stores nothing and names each bad line with its reason, and another zone's
 * administrator gets "not found".
 */
class DeclarationImportIT extends InServerTest {

    private static final String HEADER =
            "Code,Year,Value added,Gross output,Electricity,Green electricity,Audit,Standards\r\n"
                    + "code,year,valueAdded,grossOutput,electricity,greenElectricity,cleanerProductionAudit,meetsStandards\r\n";

    @Inject
    DeclarationImport imports;

    @Inject
    Declarations declarations;

    @Inject
    org.greenhub.zone.domain.DeclarationRepository declarationRepository;

    @Inject
    ZoneFixtures zones;

    @Inject
    ZoneImportFixtures enterprises;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    private record Scene(long reviewer, Zone zone, Enterprise a, Enterprise b, Enterprise c) {}

    private Scene scene() {
        long reviewer = people.person("Importing reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        Zone zone = zones.administeredZone("Import Test Park", "导入测试园区", reviewer);
        return new Scene(
                reviewer,
                zone,
                enterprises.enterprise("Alpha Works", Language.ENGLISH, zone.getId()),
                enterprises.enterprise("Beta Works", Language.CHINESE, zone.getId()),
                enterprises.enterprise("Gamma Works", Language.THAI, zone.getId()));
    }

    private static String line(Enterprise e, int year, String electricity, String green) {
        return e.code() + "," + year + ",12500,48000," + electricity + "," + green + ",yes,yes\r\n";
    }

    private static byte[] sheet(String lines) {
        return (HEADER + lines).getBytes(StandardCharsets.UTF_8);
    }

    private long inZone(Scene s, DeclarationStatus status) {
        actingAs.user(s.reviewer());
        return declarations.count(s.zone().getId(), status);
    }

    @Test
    void aGoodSheetFilesEveryLineAndAcceptsOnlyWhenAsked() {
        Scene s = scene();
        int year = TestTime.year() - 1;
        actingAs.user(s.reviewer());
        DeclarationImport.Summary summary = imports.importSheet(
                s.zone().getId(),
                "declarations.csv",
                sheet(line(s.a(), year, "5200", "1300")
                        + line(s.b(), year, "800", "0")
                        + line(s.c(), year, "10", "10")),
                false);
        assertEquals(new DeclarationImport.Summary(3, 0), summary);
        List<DeclarationQueries.Line> waiting = declarations.page(s.zone().getId(), DeclarationStatus.SUBMITTED, 0, 10);
        assertEquals(3, waiting.size(), "every line filed, waiting for review");
        // the stored version itself: who filed it is not on the page's view
        Declaration filed = declarationRepository
                .find(waiting.stream()
                        .filter(l -> l.organisation().equals(s.a().name()))
                        .findFirst()
                        .orElseThrow()
                        .id())
                .orElseThrow();
        assertEquals(new BigDecimal("5200.000"), filed.figures().electricity());
        assertEquals(s.reviewer(), filed.getFiledBy(), "filed by the administrator who imported it");
        assertEquals(1, people.auditEvents("ZONE_DECLARATION_IMPORTED", String.valueOf(filed.getId()), "line 3"));
        assertEquals(
                1,
                people.auditEvents(
                        "ZONE_DECLARATIONS_IMPORTED", String.valueOf(s.zone().getId()), "declarations.csv"));

        assertEquals(
                new DeclarationImport.Summary(1, 1),
                imports.importSheet(s.zone().getId(), "earlier.csv", sheet(line(s.a(), year - 1, "5000", "0")), true));
        assertEquals(1, inZone(s, DeclarationStatus.ACCEPTED), "accepted on import when the administrator asks");

        DeclarationImportRejected again = assertThrows(
                DeclarationImportRejected.class,
                () -> imports.importSheet(
                        s.zone().getId(),
                        "again.csv",
                        sheet(line(s.a(), year - 1, "5000", "0") + line(s.b(), year, "800", "0")),
                        false));
        assertEquals(
                List.of("3 zoneimport.import.alreadyAccepted", "4 zoneimport.import.inReview"),
                again.problems().stream()
                        .map(p -> p.line() + " " + p.messageKey())
                        .toList(),
                "an accepted year and one in review are not filed over");
    }

    @Test
    void aSheetWithBadLinesStoresNothingAndNamesEachLine() {
        Scene s = scene();
        int year = TestTime.year() - 1;
        long otherReviewer = people.person("Other importing reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        Zone other = zones.administeredZone("Other Import Park", null, otherReviewer);
        Enterprise elsewhere = enterprises.enterprise("Elsewhere Works", Language.ENGLISH, other.getId());

        actingAs.user(s.reviewer());
        byte[] bad = sheet(line(s.a(), year, "5200", "1300") // line 3
                + line(s.b(), year, "800", "0") // line 4
                + line(elsewhere, year, "100", "0") // line 5: another zone's enterprise
                + line(s.c(), year, "10", "10") // line 6
                + line(s.a(), year, "5300", "1300") // line 7: A again
                + "\r\n" // line 8: blank, skipped
                + line(s.b(), year - 1, "100", "150")); // line 9: green above electricity
        DeclarationImportRejected rejected = assertThrows(
                DeclarationImportRejected.class,
                () -> imports.importSheet(s.zone().getId(), "bad.csv", bad, true));
        assertEquals(
                List.of(
                        "5 code zoneimport.import.unknownOrganisation",
                        "7 null zoneimport.import.duplicate",
                        "9 greenElectricity zone.declaration.greenAboveElectricity"),
                rejected.problems().stream()
                        .map(p -> p.line() + " " + p.field() + " " + p.messageKey())
                        .toList());
        assertEquals(
                List.<Object>of(s.a().code(), String.valueOf(year), "3"),
                rejected.problems().get(1).args());
        assertEquals(0, inZone(s, null), "nothing of the sheet was stored, the good lines neither");

        actingAs.user(otherReviewer);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(
                                DomainException.class,
                                () -> imports.importSheet(
                                        s.zone().getId(), "good.csv", sheet(line(s.a(), year, "1", "0")), false))
                        .kind(),
                "another zone's administrator cannot import into it");
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(
                                DomainException.class,
                                () -> imports.template(s.zone().getId(), true))
                        .kind());
        assertEquals(0, inZone(s, null));
    }

    @Test
    void theTemplateNamesTheColumnsInTheReadersLanguageAboveTheFieldCodes() {
        long reviewer = people.person("Chinese importing reviewer", Language.CHINESE, Role.ZONE_ADMINISTRATOR);
        Zone zone = zones.administeredZone("Template Park", "模板园区", reviewer);
        actingAs.user(reviewer);
        DeclarationImport.Template csv = imports.template(zone.getId(), false);
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        String[] lines = text.substring(1).split("\r\n");
        assertTrue(lines[0].startsWith("统一社会信用代码或注册号,年度,"), lines[0]);
        assertEquals(String.join(",", DeclarationSheet.COLUMNS), lines[1]);
        assertTrue(csv.fileName().endsWith(".csv"));
        assertTrue(imports.template(zone.getId(), true).fileName().endsWith(".xlsx"));
    }
}
