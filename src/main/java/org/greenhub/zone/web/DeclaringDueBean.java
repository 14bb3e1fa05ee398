package org.greenhub.zone.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.zone.application.DeclaringDeadlines;

/** The declare page's notice of when the year's declarations are due to the caller's zones, in their language. */
@Named("declaringDue")
@RequestScoped
public class DeclaringDueBean {

    @Inject
    DeclaringDeadlines deadlines;

    private final Map<Integer, List<DeclaringDeadlines.Due>> byYear = new HashMap<>();

    /** The deadlines for the year of the zones the caller declares to (none for a year without one). */
    public List<DeclaringDeadlines.Due> of(Integer year) {
        if (year == null) {
            return List.of();
        }
        return byYear.computeIfAbsent(year, deadlines::forMyZones);
    }
}
