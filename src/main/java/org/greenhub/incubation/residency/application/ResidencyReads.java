package org.greenhub.incubation.residency.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.greenhub.incubation.residency.domain.PeriodicReport;
import org.greenhub.incubation.residency.domain.ResidencyStatus;
import org.greenhub.organisation.domain.Organisation;

/** The read side of residencies: the pages' lists, who belongs to a start-up, who gets its mails. */
public interface ResidencyReads {

    /** The residencies of the organisations the person currently belongs to (advisers and shareholders excepted). */
    List<ResidencyQueries.MyResidency> mine(long userId, LocalDate today, LongFunction<String> incubatorName);

    /** One page of {@link #mine(long, LocalDate, LongFunction)}, in its order (latest start first). */
    List<ResidencyQueries.MyResidency> mine(
            long userId, LocalDate today, LongFunction<String> incubatorName, int offset, int limit);

    /** How many {@link #mine(long, LocalDate, LongFunction)} answers. */
    long countMine(long userId, LocalDate today);

    /** One page of an incubator's residents, sorted in the database by an allowed field (organisation otherwise). */
    /** {@code overdueOnly}: only residents with a report past its due date (the dashboard's figure). */
    List<ResidencyQueries.ResidentRow> residents(
            long incubatorId,
            LocalDate today,
            ResidencyStatus status,
            boolean overdueOnly,
            int first,
            int size,
            String sortField,
            boolean ascending);

    long countResidents(long incubatorId, LocalDate today, ResidencyStatus status, boolean overdueOnly);

    /** Organisations whose search key contains {@code key}, by name. */
    List<Organisation> organisationsMatching(String key, int max);

    /** Active residents per incubator id. */
    Map<Long, Long> activeResidentsByIncubator();

    /** A report's files with their names and sizes, in the order attached. */
    List<ReportEvidenceService.EvidenceRow> evidenceOf(PeriodicReport report);

    /** Whether the person currently belongs to the organisation (advisers and shareholders excepted). */
    boolean isMember(long organisationId, long userId, LocalDate today);

    /** The start-up's current founders, legal representatives, managers and contacts with an active account. */
    List<ResidencyMails.Recipient> startUpPeople(long organisationId, LocalDate today);

    /** The incubator's managers with an active account. */
    List<ResidencyMails.Recipient> managers(long incubatorId);
}
