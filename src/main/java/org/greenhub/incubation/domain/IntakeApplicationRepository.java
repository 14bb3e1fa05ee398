package org.greenhub.incubation.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.evaluation.domain.SubjectDocument;

/** Applications to intake calls, with their documents, as stored. */
public interface IntakeApplicationRepository {

    Optional<IntakeApplication> find(long id);

    /** Reads the application again under its row lock (after its call's lock, see {@link IntakeCallRepository#lock}). */
    void lock(IntakeApplication application);

    void add(IntakeApplication application);

    void addDocument(ApplicationDocument document);

    /** The copy of a document the screening judges read, kept with the evaluation subject. */
    void addScreeningDocument(SubjectDocument document);

    /** Writes pending changes now, so that ids are known. */
    void flush();

    boolean hasApplied(long callId, long organisationId);

    /** Applications made by this user or for one of these organisations, latest first. */
    List<IntakeApplication> followedBy(long userId, Collection<Long> organisationIds);

    /** One page of {@link #followedBy(long, Collection)}, in its order. */
    List<IntakeApplication> followedBy(long userId, Collection<Long> organisationIds, int offset, int limit);

    /** How many {@link #followedBy(long, Collection)} answers. */
    long countFollowedBy(long userId, Collection<Long> organisationIds);

    List<IntakeApplication> ofOrganisation(long organisationId);

    /** The application screened as this evaluation subject. */
    Optional<IntakeApplication> screenedAs(long subjectId);

    Optional<ApplicationDocument> businessPlan(long applicationId);

    /** The first application of the call's wait-list. */
    Optional<IntakeApplication> nextWaitListed(long callId);

    /** Applications whose offer deadline has passed at {@code now}, oldest deadline first. */
    List<Long> offersDueBy(Instant now, int max);

    /** Offered and accepted applications of the call. */
    long placesHeld(long callId);

    /** The last wait-list position given in the call, if any. */
    Integer lastWaitlistPosition(long callId);

    /** The evaluation subjects of the call's applications in these statuses. */
    List<Long> subjectsOf(long callId, Collection<ApplicationStatus> statuses);

    /** The organisations that applied to the call. */
    List<Long> organisationIdsOf(long callId);

    Map<ApplicationStatus, Long> statusCounts(long callId);
}
