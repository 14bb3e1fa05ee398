package org.greenhub.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.greenhub.testsupport.server.InServerTest;
import org.junit.jupiter.api.Test;

/** The demo data loads with its alliance and its competition entry (inside a transaction that is rolled back, so the test database stays as it was). */
class DemoAllianceIT extends InServerTest {

    @Inject
    DemoData demo;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void theDemoAllianceHasTwoActiveMembersAnApplicationAndAnEvent() throws Exception {
        System.setProperty("GREENHUB_DEMO_DATA", "true");
        transaction.begin();
        try {
            demo.load(null);
            assertEquals(
                    2L,
                    em.createQuery(
                                    "select count(m) from Membership m where m.alliance.code = 'GEA' and m.status = "
                                            + "org.greenhub.alliance.domain.MembershipStatus.ACTIVE",
                                    Long.class)
                            .getSingleResult());
            assertEquals(
                    1L,
                    em.createQuery(
                                    "select count(m) from Membership m where m.alliance.code = 'GEA' and m.status = "
                                            + "org.greenhub.alliance.domain.MembershipStatus.SUBMITTED",
                                    Long.class)
                            .getSingleResult());
            assertEquals(
                    1L,
                    em.createQuery("select count(e) from AllianceEvent e where e.alliance.code = 'GEA'", Long.class)
                            .getSingleResult());
        } finally {
            transaction.rollback();
            System.clearProperty("GREENHUB_DEMO_DATA");
        }
    }

    @Test
    void theDemoCompetitionEntryLoadsWithAnOpaqueReference() throws Exception {
        System.setProperty("GREENHUB_DEMO_DATA", "true");
        transaction.begin();
        try {
            demo.load(null);
            String reference = em.createQuery(
                            "select e.reference from Entry e where e.projectTitle = 'Solar-powered cold storage for farms'",
                            String.class)
                    .getSingleResult();
            assertTrue(reference.matches("E[2-9A-HJKMNP-TV-Z]{6}"), reference);
        } finally {
            transaction.rollback();
            System.clearProperty("GREENHUB_DEMO_DATA");
        }
    }
}
