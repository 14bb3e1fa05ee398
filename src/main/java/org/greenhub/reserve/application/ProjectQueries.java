package org.greenhub.reserve.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ProjectStatus;

/** What the owners' pages read of the reserve: the calls open for declarations, and their organisations' projects. */
public interface ProjectQueries {

    /** A call that takes declarations; a standing window has no last day. */
    record CallLine(long id, LocalisedName name, LocalDate closesOn) implements Serializable {}

    /** A project as its owner's list shows it. */
    record ProjectLine(
            long id,
            String title,
            String organisation,
            LocalisedName call,
            ProjectStatus status,
            Instant createdAt,
            Instant submittedAt)
            implements Serializable {}

    /** The calls taking declarations on that day, the soonest to close first (standing windows last). */
    List<CallLine> openOn(LocalDate day);

    /** These organisations' projects, the newest first. */
    List<ProjectLine> ofOrganisations(Collection<Long> organisationIds);

    /** A project as the owners' API lists it: where it stands, its stage, and its grade and last day once listed. */
    record OwnedLine(
            long id,
            String title,
            long organisationId,
            String organisation,
            long callId,
            LocalisedName call,
            GreenCategory category,
            ProjectStage stage,
            ProjectStatus status,
            Grade grade,
            LocalDate listedUntil,
            Instant createdAt,
            Instant submittedAt)
            implements Serializable {}

    /**
     * One page of these organisations' projects, the newest first, in every status (drafts included) unless
     * {@code status} names one, and of one project stage when {@code stage} is given.
     */
    List<OwnedLine> ofOrganisations(
            Collection<Long> organisationIds, ProjectStatus status, ProjectStage stage, int first, int size);

    long countOfOrganisations(Collection<Long> organisationIds, ProjectStatus status, ProjectStage stage);
}
