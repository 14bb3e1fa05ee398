package org.greenhub.reserve.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.GreenCategory;

/**
 * What the financing pages, the reminder job and the reserve dashboard read. A {@code managerId} scopes a read to the
 * projects of the calls that name that manager; {@code null} reads every call (administrators). Projects counted are
 * those that were listed (listed now or lapsed since).
 */
public interface FinancingQueries {

    /** A project's year whose reminder is due and not yet sent, with whom to tell. */
    record DueReminder(long projectId, int year, long organisationId, String title) {}

    /** A reporting year past its due day with no results. */
    record Overdue(long projectId, String title, String organisation, int year, LocalDate dueOn)
            implements Serializable {}

    /** Sought and raised for one instrument or category; {@code projects} counts the projects sought for. */
    record Line(String code, long projects, BigDecimal sought, BigDecimal raised) implements Serializable {}

    /** One financed project's realised benefits over the years it reported, against what it expected for them. */
    record ProjectBenefits(
            long projectId, String title, int yearsReported, Benefits expectedPerYear, Benefits realisedTotal)
            implements Serializable {}

    /** A listed project with its financing sought and raised, for the manager to open its financing page. */
    record ProjectLine(long projectId, String title, String category, BigDecimal sought, BigDecimal raised)
            implements Serializable {}

    /** The listed projects, by title. */
    List<ProjectLine> projects(Long managerId, int limit);

    List<DueReminder> dueReminders(LocalDate today, int limit);

    List<Overdue> overdue(Long managerId, LocalDate today, int limit);

    /**
     * Sought and raised by instrument: a project counts its whole financing sought under each instrument it seeks (the
     * declaration does not split it), while raised is the parts recorded under that instrument.
     */
    List<Line> byInstrument(Long managerId);

    /** Sought and raised by category: each project once. */
    List<Line> byCategory(Long managerId);

    /** The financed projects with results, by title. */
    List<ProjectBenefits> benefits(Long managerId);

    /** Whether any call names the user as a manager. */
    boolean managesAnyCall(long userId);

    static FinancingInstrument instrument(Line line) {
        return FinancingInstrument.valueOf(line.code());
    }

    static GreenCategory category(Line line) {
        return GreenCategory.valueOf(line.code());
    }
}
