package org.greenhub.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.zone.application.PublishedGreenReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo's zone has last year's report published, readable in Thai, with a CO2 peak to show (rolled back after). */
class DemoGreenReportIT extends InServerTest {

    @Inject
    DemoData demo;

    @Inject
    PublishedGreenReports published;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @BeforeEach
    void loadTheDemo() throws Exception {
        System.setProperty("GREENHUB_DEMO_DATA", "true");
        transaction.begin();
        demo.load(null);
        em.flush();
    }

    @AfterEach
    void forgetTheDemo() throws Exception {
        try {
            transaction.rollback();
        } finally {
            System.clearProperty("GREENHUB_DEMO_DATA");
        }
    }

    @Test
    void suzhouIndustrialParkHasLastYearsReportPublishedInFourLanguages() {
        PublishedGreenReports.Published report = published.page("SIP", TestTime.year() - 1, null, Language.THAI);
        assertEquals(1, report.view().number());
        assertEquals(3, report.view().narrative().size());
        assertTrue(report.view().narrative().stream().noneMatch(n -> n.fallback()), "written in Thai too");
        assertFalse(report.view().carbonPath().rows().isEmpty(), "a carbon-peak series from the base year");
        assertEquals(64, report.view().sha256().length());
        java.util.Map<String, String> programmes = new java.util.HashMap<>();
        report.view().programmes().forEach(f -> programmes.put(f.id(), f.value()));
        assertEquals(10, programmes.size(), "the programmes' results are part of the report");
        org.junit.jupiter.api.Assertions.assertNotEquals(
                "0", programmes.get("reserveListedProjects"), "the battery line listed in the reserve for the park");
    }
}
