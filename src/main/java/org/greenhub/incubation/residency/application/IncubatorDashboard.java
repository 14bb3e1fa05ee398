package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorKind;
import org.greenhub.incubation.domain.IncubatorRepository;

/**
 * An incubator's dashboard for its managers: occupancy, cohorts by start year and status, quarterly KPI trends, the
 * residents' total green impact, overdue reports and residents nearing the maximum period. A fixed handful of
 * aggregate statements whatever the number of residents and reports (asserted in {@code IncubatorDashboardIT}).
 */
@ApplicationScoped
public class IncubatorDashboard {

    /** The trend covers this many years of quarters. */
    public static final int TREND_YEARS = 5;
    /** Lists on the dashboard show at most this many rows (with the total). */
    public static final int LIST_LIMIT = 50;

    @Inject
    IncubatorDashboardQuery figures;

    @Inject
    IncubatorRepository incubators;

    @Inject
    ResidencyAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public record Occupancy(
            long active,
            long graduated,
            long exited,
            long workstationsUsed,
            Integer workstations,
            BigDecimal areaUsed,
            BigDecimal floorArea,
            long alumniReporting)
            implements Serializable {
        /** Share of the incubator's workstations in use, in percent; null when the incubator states none. */
        public Integer workstationPercent() {
            return workstations == null || workstations == 0
                    ? null
                    : (int) Math.round(100.0 * workstationsUsed / workstations);
        }
    }

    public record Cohort(int year, long active, long graduated, long exited) implements Serializable {
        public long total() {
            return active + graduated + exited;
        }
    }

    public record Quarter(
            int year,
            int quarter,
            BigDecimal revenue,
            long employees,
            BigDecimal rndSpend,
            BigDecimal investment,
            BigDecimal emissionsAvoided,
            long reports)
            implements Serializable {
        public String label() {
            return year + " Q" + quarter;
        }
    }

    public record Impact(
            BigDecimal energyUseMwh,
            BigDecimal emissionsAvoidedTco2e,
            BigDecimal waterReusedM3,
            BigDecimal wasteRecycledTonnes,
            long patentsGranted,
            BigDecimal investmentRaised)
            implements Serializable {}

    public record OverdueReport(
            long reportId,
            long residencyId,
            String organisationName,
            String kind,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate dueDate)
            implements Serializable {}

    public record NearingEnd(long residencyId, String organisationName, LocalDate lastDay) implements Serializable {}

    public record Dashboard(
            long incubatorId,
            String incubatorName,
            IncubatorKind kind,
            Occupancy occupancy,
            List<Cohort> cohorts,
            List<Quarter> trend,
            Impact impact,
            List<OverdueReport> overdue,
            long overdueTotal,
            List<NearingEnd> nearingEnd,
            long nearingEndTotal)
            implements Serializable {}

    @Transactional
    @SuppressWarnings("unchecked")
    public Dashboard dashboard(long incubatorId) {
        UserAccount user = currentUser.require();
        access.requireManager(incubatorId);
        Incubator incubator = incubators.find(incubatorId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        return figures.dashboard(incubator, incubator.name(user.getLanguage()), today);
    }

    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal d(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal b
                ? b.stripTrailingZeros()
                : new BigDecimal(value.toString()).stripTrailingZeros();
    }
}
