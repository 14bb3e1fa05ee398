package org.greenhub.incubation.residency.application;

import java.time.LocalDate;
import org.greenhub.incubation.domain.Incubator;

/** The figures of an incubator's dashboard, a fixed handful of aggregate statements whatever the incubator's size. */
public interface IncubatorDashboardQuery {

    IncubatorDashboard.Dashboard dashboard(Incubator incubator, String incubatorName, LocalDate today);
}
