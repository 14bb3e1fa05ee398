package org.greenhub.incubation.residency.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;

class ReportMetricsTest {

    static ReportMetrics valid() {
        ReportMetrics m = new ReportMetrics();
        m.setRevenue(new BigDecimal("1250000.50"));
        m.setEmployees(12);
        m.setRndStaff(5);
        m.setRndSpend(new BigDecimal("300000"));
        m.setPatentsFiled(2);
        m.setPatentsGranted(0);
        m.setInvestmentRaised(BigDecimal.ZERO);
        m.setEmissionsAvoidedTco2e(new BigDecimal("120.5"));
        return m;
    }

    private static DomainException refused(Consumer<ReportMetrics> change) {
        ReportMetrics m = valid();
        change.accept(m);
        return assertThrows(DomainException.class, m::validate);
    }

    @Test
    void aCompleteReportWithOptionalGreenFiguresLeftOutIsAccepted() {
        assertDoesNotThrow(() -> valid().validate());
    }

    @Test
    void missingNegativeAbsurdAndTooPreciseFiguresAreRefusedNamingTheField() {
        DomainException missing = refused(m -> m.setRevenue(null));
        assertEquals("revenue", missing.field());
        assertEquals("residency.metrics.required", missing.messageKey());
        DomainException negative = refused(m -> m.setEmployees(-1));
        assertEquals("employees", negative.field());
        assertEquals("residency.metrics.negative", negative.messageKey());
        assertEquals(
                "residency.metrics.negative",
                refused(m -> m.setWaterReusedM3(new BigDecimal("-0.1"))).messageKey());
        DomainException absurd = refused(m -> m.setRevenue(new BigDecimal("1e15")));
        assertEquals("residency.metrics.tooLarge", absurd.messageKey());
        assertEquals(
                "residency.metrics.tooLarge",
                refused(m -> m.setEmployees(2_000_000)).messageKey());
        assertEquals(
                "residency.metrics.tooLarge",
                refused(m -> m.setEnergyUseMwh(new BigDecimal("1e12"))).messageKey());
        assertEquals(
                "residency.metrics.tooPrecise",
                refused(m -> m.setRevenue(new BigDecimal("1.005"))).messageKey());
    }

    @Test
    void moreResearchStaffThanEmployeesIsRefused() {
        DomainException e = refused(m -> m.setRndStaff(13));
        assertEquals("rndStaff", e.field());
        assertEquals("residency.metrics.rndStaffAboveEmployees", e.messageKey());
    }
}
