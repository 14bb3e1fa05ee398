package org.greenhub.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.testsupport.server.InServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo's reserve, loaded inside a transaction that is rolled back (as {@link DemoJourneysIT} does): the
 * Vietnamese start-up has a draft and the Chinese start-up a submitted project whose CO2 estimate was flagged.
 */
class DemoReserveIT extends InServerTest {

    @Inject
    DemoData demo;

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

    private List<ReserveProject> projectsOf(String legalName) {
        return em.createQuery(
                        "select p from ReserveProject p, Organisation o where o.id = p.organisationId"
                                + " and o.legalName = :name",
                        ReserveProject.class)
                .setParameter("name", legalName)
                .getResultList();
    }

    @Test
    void aDraftAndASubmittedProjectWithAFlagAreInTheDemoCall() {
        List<ReserveProject> xanh = projectsOf("Viet Green Materials JSC");
        assertEquals(
                List.of(ProjectStatus.DRAFT),
                xanh.stream().map(ReserveProject::getStatus).toList());
        // Lvyuan also has projects in the review's and the funders' demo calls: only the declare demo's call counts
        // here
        List<ReserveProject> lvyuan = projectsOf("Lvyuan Environmental Technology (Suzhou) Co., Ltd.").stream()
                .filter(p -> p.getCallId() == xanh.get(0).getCallId())
                .toList();
        assertEquals(
                List.of(ProjectStatus.SUBMITTED),
                lvyuan.stream().map(ReserveProject::getStatus).toList());
        assertEquals(
                List.of("reserve.screening.benefitAboveCeiling.CO2_AVOIDED_T"),
                lvyuan.get(0).getFlags().stream().map(f -> f.getMessageKey()).toList());
        assertEquals(xanh.get(0).getCallId(), lvyuan.get(0).getCallId(), "both in the demo's call");
    }
}
