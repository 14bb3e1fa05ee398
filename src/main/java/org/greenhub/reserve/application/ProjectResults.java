package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.reserve.application.FinancingAccess.Relation;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.FinancingRepository;
import org.greenhub.reserve.domain.ProjectResult;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;

/**
 * A financed project's yearly results: its owner reports the realised benefits of each year of its
 * {@link org.greenhub.reserve.domain.ResultSchedule}; managers and anyone else cannot report ("not found" for those
 * who may not read the project, a refusal for those who only read it). Reserve managers and administrators read the
 * years overdue. Every report is audited.
 */
@ApplicationScoped
public class ProjectResults {

    /** How many overdue years a page lists at most. */
    public static final int OVERDUE_LIMIT = 200;

    @Inject
    ReserveRepository reserve;

    @Inject
    FinancingRepository financing;

    @Inject
    FinancingQueries queries;

    @Inject
    FinancingAccess access;

    @Inject
    ProjectFinancing projects;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public ProjectResult report(long projectId, Integer year, Benefits realised) {
        UserAccount user = currentUser.require();
        ReserveProject project = reserve.findProject(projectId).orElseThrow(DomainException::notFound);
        if (access.relation(project, user) != Relation.OWNER) {
            // the owner reports; whoever else may read the project has nothing to report here
            throw DomainException.notFound();
        }
        Set<Integer> reported = financing.results(projectId).stream()
                .map(ProjectResult::getYear)
                .collect(Collectors.toSet());
        ProjectResult result = ProjectResult.report(
                project,
                projects.schedule(project),
                !financing.financings(projectId).isEmpty(),
                reported,
                year,
                realised,
                user.getId(),
                // the call's calendar, as the listing's and the financing's days are
                projects.today(project),
                Instant.now(clock));
        financing.add(result);
        audit.record("RESERVE_RESULTS_REPORTED", "ReserveProject", projectId, null, result.snapshot(), null);
        return result;
    }

    /** A year's realised figures as typed; a negative one is refused beside its field ({@link ProjectResult}). */
    public static Benefits realised(
            java.math.BigDecimal energySavedTce,
            java.math.BigDecimal co2AvoidedT,
            java.math.BigDecimal waterSavedM3,
            java.math.BigDecimal wasteRecycledT) {
        return ProjectResult.realised(energySavedTce, co2AvoidedT, waterSavedM3, wasteRecycledT);
    }

    /** The years past their due day without results, of the caller's calls (administrators: every call). */
    @Transactional
    public List<FinancingQueries.Overdue> overdue() {
        return queries.overdue(scope(), LocalDate.now(clock), OVERDUE_LIMIT);
    }

    /**
     * Whose projects the caller reads on the dashboard: {@code null} for administrators (every call), the caller's id
     * for a programme manager named on a call; anyone else "not found".
     */
    Long scope() {
        UserAccount user = currentUser.require();
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return null;
        }
        if (user.hasRole(Role.PROGRAMME_MANAGER) && queries.managesAnyCall(user.getId())) {
            return user.getId();
        }
        throw DomainException.notFound();
    }
}
