package org.greenhub.incubation.residency.application;

import org.greenhub.incubation.domain.Incubator;

import java.time.LocalDate;

/** The figures of an incubator's dashboard, a fixed handful of aggregate statements whatever the incubator's size. */
public interface IncubatorDashboardQuery {

    IncubatorDashboard.Dashboard dashboard(Incubator incubator, String incubatorName, LocalDate today);
}
