package org.greenhub.organisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.greenhub.account.domain.Role;
import org.greenhub.organisation.application.RestrictedList;
import org.greenhub.organisation.domain.RestrictedActivity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.junit.jupiter.api.Test;

/** The restricted-entry list as seeded and kept by administrators, and the shared file store, in the real database. */
class RestrictedListIT extends InServerTest {

    @Inject
    RestrictedList restrictedList;

    @Inject
    FileStore files;

    @Inject
    ActingAs actingAs;

    @Inject
    TestData data;

    @Inject
    EvaluationFixtures fixtures;

    @Test
    void theSixTwoHighSectorsAreSeededAndMatchedInAnyLanguage() {
        assertTrue(restrictedList.active().stream()
                .map(RestrictedActivity::getCode)
                .toList()
                .containsAll(java.util.List.of(
                        "COAL_POWER",
                        "PETROCHEMICALS",
                        "CHEMICALS",
                        "STEEL",
                        "NON_FERROUS_SMELTING",
                        "BUILDING_MATERIALS")));
        assertEquals(
                "COAL_POWER",
                restrictedList.matchSector("燃煤发电及热力供应").orElseThrow().getCode());
        assertEquals(
                "BUILDING_MATERIALS",
                restrictedList.matchSector("Sản xuất xi măng").orElseThrow().getCode());
        assertEquals(
                "NON_FERROUS_SMELTING",
                restrictedList.matchSector("Aluminium smelting").orElseThrow().getCode());
        assertTrue(restrictedList.matchSector("Rooftop solar installation").isEmpty());
    }

    @Test
    void onlyAdministratorsChangeTheListAndCodesStayUnique() {
        long manager = fixtures.person("Restricted Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        actingAs.user(manager);
        RestrictedActivity.Names names = new RestrictedActivity.Names("Coking", "焦化", "การผลิตถ่านโค้ก", "Luyện cốc");
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(
                                DomainException.class,
                                () -> restrictedList.add("COKING_" + System.nanoTime(), names, "coke oven"))
                        .kind());

        actingAs.user(data.adminId());
        String code = "COKING_" + System.nanoTime();
        RestrictedActivity added = restrictedList.add(code.toLowerCase(), names, "coke oven, 焦炭");
        assertEquals(code, added.getCode());
        assertEquals(code, restrictedList.matchSector("焦炭生产").orElseThrow().getCode());
        assertEquals(
                "organisation.restricted.duplicateCode",
                assertThrows(DomainException.class, () -> restrictedList.add(code, names, ""))
                        .messageKey());

        restrictedList.change(added.getId(), added.getVersion(), names, "coke oven, 焦炭", false);
        assertTrue(restrictedList.matchSector("焦炭生产").isEmpty(), "a retired activity no longer matches");
        assertEquals(
                "platform.error.concurrentChange",
                assertThrows(
                                DomainException.class,
                                () -> restrictedList.change(added.getId(), added.getVersion(), names, "", true))
                        .messageKey());
    }

    @Test
    void theFileStoreKeepsWhatPassedInspectionAndStoresNothingElse() {
        actingAs.user(data.adminId());
        long before = data.count("StoredFile");
        byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        long id = files.store("计划书.pdf", pdf).getId();
        FileStore.Download download = files.open(id);
        assertEquals("计划书.pdf", download.fileName());
        assertEquals("application/pdf", download.contentType());
        assertArrayEquals(pdf, download.content());

        assertEquals(
                "platform.file.kind",
                assertThrows(DomainException.class, () -> files.store("setup.pdf", new byte[] {'M', 'Z', 0, 0}))
                        .messageKey());
        assertEquals(before + 1, data.count("StoredFile"));
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> files.open(-1)).kind());
    }
}
