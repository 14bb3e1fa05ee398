package org.greenhub.incubation.residency.domain;

import java.io.Serializable;
import java.time.LocalDate;
import org.greenhub.platform.error.DomainException;

/** A reporting period (both days included) and the day its report is due. */
public record ReportPeriod(ReportKind kind, LocalDate start, LocalDate end, LocalDate due) implements Serializable {

    public ReportPeriod {
        if (start == null || end == null || due == null) {
            throw DomainException.invalid("periodStart", "residency.report.periodMissing");
        }
        if (end.isBefore(start)) {
            throw DomainException.invalid("periodEnd", "residency.report.periodOrder");
        }
    }
}
