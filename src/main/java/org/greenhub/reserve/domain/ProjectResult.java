package org.greenhub.reserve.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.error.DomainException;

/**
 * A financed project's realised benefits of one calendar year, in the units of what it expected ({@link Benefits}),
 * so the two compare figure by figure. One report per year of its {@link ResultSchedule}; a year is reported once.
 */
@Entity
@Table(name = "reserve_result")
public class ProjectResult extends CreatedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false)
    private int year;

    @Embedded
    @AttributeOverride(name = "energySavedTce", column = @Column(name = "realised_energy_saved_tce"))
    @AttributeOverride(name = "co2AvoidedT", column = @Column(name = "realised_co2_avoided_t"))
    @AttributeOverride(name = "waterSavedM3", column = @Column(name = "realised_water_saved_m3"))
    @AttributeOverride(name = "wasteRecycledT", column = @Column(name = "realised_waste_recycled_t"))
    private Benefits realised;

    @Column(name = "reported_by")
    private Long reportedBy;

    protected ProjectResult() {}

    /**
     * Checks a year's report: the project has been financed; the year is one of its reporting years and is over, and
     * not reported before; at least one figure (each already never negative, {@link Benefits}).
     */
    public static ProjectResult report(
            ReserveProject project,
            ResultSchedule schedule,
            boolean financed,
            Set<Integer> reportedYears,
            Integer year,
            Benefits realised,
            Long reportedBy,
            LocalDate today,
            Instant now) {
        if (!financed) {
            throw DomainException.conflict(null, "reserve.results.notFinanced");
        }
        if (year == null) {
            throw DomainException.invalid("year", "reserve.results.yearRequired");
        }
        if (!schedule.covers(year)) {
            throw DomainException.invalid(
                    "year",
                    "reserve.results.yearOutside",
                    String.valueOf(schedule.firstYear()),
                    String.valueOf(schedule.lastYear()));
        }
        if (!ResultSchedule.over(year, today)) {
            throw DomainException.invalid("year", "reserve.results.yearNotOver", String.valueOf(year));
        }
        if (reportedYears.contains(year)) {
            throw DomainException.invalid("year", "reserve.results.duplicateYear", String.valueOf(year));
        }
        if (realised == null || !realised.anyGiven()) {
            throw DomainException.invalid(Benefits.Figure.ENERGY_SAVED_TCE.field(), "reserve.results.figureRequired");
        }
        ProjectResult result = new ProjectResult();
        result.setCreatedAt(now);
        result.projectId = project.getId();
        result.year = year;
        result.realised = realised;
        result.reportedBy = reportedBy;
        return result;
    }

    /** A year's realised figures; a negative one is refused beside its field, as realised rather than expected. */
    public static Benefits realised(
            java.math.BigDecimal energySavedTce,
            java.math.BigDecimal co2AvoidedT,
            java.math.BigDecimal waterSavedM3,
            java.math.BigDecimal wasteRecycledT) {
        try {
            return new Benefits(energySavedTce, co2AvoidedT, waterSavedM3, wasteRecycledT);
        } catch (DomainException negative) {
            throw DomainException.invalid(negative.field(), "reserve.results.negative");
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("projectId", projectId);
        values.put("year", year);
        for (Benefits.Figure figure : Benefits.Figure.values()) {
            values.put(
                    figure.field(),
                    realised.get(figure) == null ? null : realised.get(figure).toPlainString());
        }
        return values;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getYear() {
        return year;
    }

    public Benefits getRealised() {
        return realised;
    }

    public Long getReportedBy() {
        return reportedBy;
    }
}
