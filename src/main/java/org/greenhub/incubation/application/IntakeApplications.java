package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.application.SubjectRegistry;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.SubjectDocument;
import org.greenhub.incubation.domain.ApplicationDocument;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.Eligibility;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.incubation.domain.IntakeApplicationRepository;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.domain.IntakeCallRepository;
import org.greenhub.incubation.domain.MetricsRefused;
import org.greenhub.incubation.domain.NotEligible;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.application.RestrictedList;
import org.greenhub.organisation.application.ZoneNames;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.organisation.domain.green.MetricProblem;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.concurrency.IfMatch;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.files.domain.StoredFile;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.i18n.Messages;

/**
 * A start-up's side of intake: applying to an open call for one of the organisations the user keeps the record of,
 * following its applications, and answering an offer. A user sees only applications they made or that belong to an
 * organisation they currently keep the record of; any other id answers 404.
 */
@ApplicationScoped
public class IntakeApplications {

    /** What the application wizard sends. */
    public record ApplicationForm(
            long callId,
            Long organisationId,
            String projectTitle,
            String summary,
            GreenFocusArea focusArea,
            boolean commitsToRegister,
            GreenMetrics metrics,
            String businessPlanName,
            byte[] businessPlan)
            implements java.io.Serializable {}

    @Inject
    IntakeApplicationRepository applicationRepository;

    @Inject
    ZoneNames zoneNames;

    @Inject
    IntakeCallRepository callRepository;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationService organisations;

    @Inject
    SubjectRegistry subjects;

    @Inject
    IntakeMails mails;

    @Inject
    IntakeDecisions decisions;

    @Inject
    AuditTrail audit;

    @Inject
    FileStore files;

    @Inject
    RestrictedList restrictedList;

    @Inject
    Messages messages;

    /** Residencies start from an accepted offer (observed in incubation.residency, in this transaction). */
    @Inject
    Event<OfferAccepted> offerAccepted;

    @Inject
    Clock clock;

    /** An organisation the signed-in user may apply for, as the form offers it. */
    public record OrganisationChoice(long id, String label) implements java.io.Serializable {}

    /** One of the user's applications as their list shows it, the incubator named in the reader's language. */
    public record MyApplication(
            long id,
            LocalisedName call,
            String incubator,
            String projectTitle,
            String organisation,
            ApplicationStatus status,
            Instant submittedAt,
            String reason,
            Instant offerDeadline,
            boolean offerOpen,
            boolean withdrawable)
            implements java.io.Serializable {}

    /** The organisations the signed-in user may apply for, with their registered name where they have one. */
    @Transactional
    public List<OrganisationChoice> organisationChoices() {
        return organisationsIMayApplyFor().stream()
                .map(o -> new OrganisationChoice(
                        o.getId(),
                        o.getLegalName() + (o.getRegisteredName() == null ? "" : " (" + o.getRegisteredName() + ")")))
                .toList();
    }

    /** The organisations the signed-in user may apply for: those whose record they currently keep. */
    List<Organisation> organisationsIMayApplyFor() {
        LocalDate today = LocalDate.now(clock);
        return organisations.myAffiliations().stream()
                .filter(a -> a.isCurrent(today) && a.getRole().maintainsRecord())
                .map(Affiliation::getOrganisation)
                .distinct()
                .toList();
    }

    /** The rules the application would fail, without storing anything (the wizard's last step). */
    public List<Eligibility.Finding> check(ApplicationForm form) {
        IntakeCall call = openCall(form.callId());
        Organisation organisation = mine(form.organisationId());
        return Eligibility.check(call, facts(call, organisation, form));
    }

    /**
     * Submits the application in one transaction: eligibility, the application, its subject in the evaluation engine,
     * the audit event and the confirmation mail. A refusal stores nothing (an ineligible attempt is audited apart).
     */
    @Transactional
    public IntakeApplication apply(ApplicationForm form) {
        UserAccount user = currentUser.require();
        IntakeCall call = openCall(form.callId());
        Organisation organisation = mine(form.organisationId());
        if (applicationRepository.hasApplied(call.getId(), organisation.getId())) {
            throw DomainException.conflict("organisation", "incubation.application.alreadyApplied");
        }
        List<MetricProblem> metricProblems = metricProblems(form.metrics());
        if (!metricProblems.isEmpty()) {
            throw new MetricsRefused(metricProblems);
        }
        if (form.businessPlan() == null || form.businessPlan().length == 0) {
            throw DomainException.invalid("businessPlan", "incubation.application.businessPlanRequired");
        }
        List<Eligibility.Finding> findings = Eligibility.check(call, facts(call, organisation, form));
        if (!findings.isEmpty()) {
            audit.recordSeparately(
                    "INTAKE_APPLICATION_INELIGIBLE",
                    "IntakeCall",
                    call.getId(),
                    user.getEmail(),
                    "organisation " + organisation.getId() + ": "
                            + findings.stream()
                                    .map(Eligibility.Finding::messageKey)
                                    .collect(Collectors.joining(", ")));
            throw new NotEligible(findings);
        }
        Instant now = Instant.now(clock);
        IntakeApplication application = new IntakeApplication(
                call,
                organisation,
                user.getId(),
                form.projectTitle(),
                form.summary(),
                form.focusArea(),
                call.getIncubator().sharesZoneWith(organisation.getZoneId(), organisation.getZone()),
                form.commitsToRegister(),
                form.metrics(),
                now);
        applicationRepository.add(application);
        StoredFile plan = files.store(form.businessPlanName(), form.businessPlan());
        applicationRepository.addDocument(
                new ApplicationDocument(application, plan.getId(), ApplicationDocument.Purpose.BUSINESS_PLAN, now));
        applicationRepository.flush();
        EvaluationSubject subject = subjects.register(
                call.programmeKey(),
                application.reference(),
                application.getProjectTitle(),
                organisation.getId(),
                application.getFocusArea().name(),
                null);
        // judges read the plan on their own pages, which show the subject's documents to assigned, unconflicted judges
        // only
        applicationRepository.addScreeningDocument(new SubjectDocument(
                subject,
                messages.get(Language.ENGLISH.locale(), ApplicationDocument.Purpose.BUSINESS_PLAN.messageKey()),
                plan.getFileName(),
                plan.getContentType(),
                form.businessPlan(),
                now));
        application.screenedAs(subject.getId());
        audit.record(
                "INTAKE_APPLICATION_SUBMITTED",
                "IntakeApplication",
                application.getId(),
                null,
                Map.of("call", call.getId(), "organisation", organisation.getId(), "status", application.getStatus()),
                null);
        mails.received(application);
        return application;
    }

    /** Range, plausibility and completeness of the green metrics, as the shared form names the fields. */
    public List<MetricProblem> metricProblems(GreenMetrics metrics) {
        GreenMetrics checked = metrics == null ? new GreenMetrics() : metrics;
        List<MetricProblem> problems = new java.util.ArrayList<>(checked.validate(clock));
        problems.addAll(checked.missingForSubmission());
        return problems;
    }

    /** The applications the signed-in user may follow, newest first. */
    @Transactional
    public List<MyApplication> mine(Language language) {
        UserAccount user = currentUser.require();
        Set<Long> organisationIds =
                organisationsIMayApplyFor().stream().map(Organisation::getId).collect(Collectors.toSet());
        Instant now = Instant.now(clock);
        return applicationRepository.followedBy(user.getId(), organisationIds).stream()
                .map(a -> summary(a, language, now))
                .toList();
    }

    /** One page of {@link #mine(Language)}, and how many there are in all. */
    public record MyApplicationsPage(List<MyApplication> rows, long total) {}

    /** {@link #mine(Language)} a page at a time, counted and cut by the database (the API's list). */
    @Transactional
    public MyApplicationsPage mine(Language language, int offset, int size) {
        UserAccount user = currentUser.require();
        Set<Long> organisationIds =
                organisationsIMayApplyFor().stream().map(Organisation::getId).collect(Collectors.toSet());
        long total = applicationRepository.countFollowedBy(user.getId(), organisationIds);
        if (total == 0) {
            return new MyApplicationsPage(List.of(), 0);
        }
        Instant now = Instant.now(clock);
        return new MyApplicationsPage(
                applicationRepository.followedBy(user.getId(), organisationIds, offset, size).stream()
                        .map(a -> summary(a, language, now))
                        .toList(),
                total);
    }

    /** One of the user's applications with the version its answers are checked against (the API's ETag). */
    public record Followed(MyApplication application, long version) {}

    /** One application the signed-in user may follow, as their list shows it; 404 for anybody else's. */
    @Transactional
    public Followed followed(long applicationId, Language language) {
        IntakeApplication application = view(applicationId);
        return new Followed(summary(application, language, Instant.now(clock)), application.getVersion());
    }

    private static MyApplication summary(IntakeApplication a, Language language, Instant now) {
        return new MyApplication(
                a.getId(),
                a.getCall().getTitles(),
                a.getCall().getIncubator().name(language),
                a.getProjectTitle(),
                a.getOrganisation().getLegalName(),
                a.getStatus(),
                a.getSubmittedAt(),
                a.getDecisionReason(),
                a.getOfferDeadline(),
                a.getStatus() == ApplicationStatus.OFFERED
                        && a.getOfferDeadline() != null
                        && now.isBefore(a.getOfferDeadline()),
                a.getStatus() == ApplicationStatus.SUBMITTED || a.getStatus() == ApplicationStatus.WAIT_LISTED);
    }

    /** One of the user's applications; 404 for anybody else's. */
    public IntakeApplication view(long applicationId) {
        UserAccount user = currentUser.require();
        IntakeApplication application =
                applicationRepository.find(applicationId).orElse(null);
        if (application == null || !mayFollow(user, application)) {
            throw DomainException.notFound();
        }
        return application;
    }

    /** Accepting an offer: only before its deadline; the start-up joins the incubator. */
    @Transactional
    public IntakeApplication accept(long applicationId) {
        return accepted(lockedOwn(applicationId));
    }

    /**
     * {@link #accept} for an API caller: refused (428, 412) unless {@code seen} names the version the application has
     * under the row lock this transaction takes, so that an answer or decision made after the caller read it is never
     * overlooked.
     */
    @Transactional
    public IntakeApplication accept(long applicationId, IfMatch seen) {
        return accepted(lockedOwn(applicationId, seen));
    }

    private IntakeApplication accepted(IntakeApplication application) {
        long applicationId = application.getId();
        Map<String, Object> before = application.snapshot();
        application.accept(Instant.now(clock));
        audit.record("INTAKE_OFFER_ACCEPTED", "IntakeApplication", applicationId, before, application.snapshot(), null);
        offerAccepted.fire(new OfferAccepted(
                applicationId,
                application.getCall().getIncubator().getId(),
                application.getOrganisation().getId(),
                LocalDate.now(clock)));
        return application;
    }

    /** Declining an offer frees the place for the next wait-listed application. */
    @Transactional
    public IntakeApplication decline(long applicationId) {
        return declined(lockedOwn(applicationId));
    }

    /** {@link #decline} for an API caller, under {@code If-Match} as {@link #accept(long, IfMatch)}. */
    @Transactional
    public IntakeApplication decline(long applicationId, IfMatch seen) {
        return declined(lockedOwn(applicationId, seen));
    }

    private IntakeApplication declined(IntakeApplication application) {
        long applicationId = application.getId();
        Map<String, Object> before = application.snapshot();
        application.decline(Instant.now(clock));
        audit.record("INTAKE_OFFER_DECLINED", "IntakeApplication", applicationId, before, application.snapshot(), null);
        decisions.fillFreedPlaces(application.getCall());
        return application;
    }

    /** Withdrawing an application while it is screened or wait-listed. */
    @Transactional
    public IntakeApplication withdraw(long applicationId) {
        return withdrawn(lockedOwn(applicationId));
    }

    /** {@link #withdraw} for an API caller, under {@code If-Match} as {@link #accept(long, IfMatch)}. */
    @Transactional
    public IntakeApplication withdraw(long applicationId, IfMatch seen) {
        return withdrawn(lockedOwn(applicationId, seen));
    }

    private IntakeApplication withdrawn(IntakeApplication application) {
        long applicationId = application.getId();
        Map<String, Object> before = application.snapshot();
        application.withdraw();
        audit.record(
                "INTAKE_APPLICATION_WITHDRAWN",
                "IntakeApplication",
                applicationId,
                before,
                application.snapshot(),
                null);
        return application;
    }

    /** {@link #lockedOwn(long)}, refused unless the caller's tag names the version read under the lock. */
    private IntakeApplication lockedOwn(long applicationId, IfMatch seen) {
        IntakeApplication application = lockedOwn(applicationId);
        seen.require(VersionTag.of(applicationId, application.getVersion()));
        return application;
    }

    private IntakeApplication lockedOwn(long applicationId) {
        IntakeApplication application = view(applicationId);
        // call row first, then the application, in the same order as decisions and the expiry job (no deadlock):
        // the answer is ordered against them
        callRepository.lock(application.getCall().getId());
        applicationRepository.lock(application);
        return application;
    }

    private boolean mayFollow(UserAccount user, IntakeApplication application) {
        if (application.getApplicantId() == user.getId()) {
            return true;
        }
        LocalDate today = LocalDate.now(clock);
        return organisations.affiliationsOf(user.getId()).stream()
                .anyMatch(a -> a.getOrganisation()
                                .getId()
                                .equals(application.getOrganisation().getId())
                        && a.isCurrent(today)
                        && a.getRole().maintainsRecord());
    }

    private IntakeCall openCall(long callId) {
        IntakeCall call = callRepository.find(callId).orElse(null);
        if (call == null || !call.isPublished()) {
            throw DomainException.notFound();
        }
        if (!call.isOpen(Instant.now(clock))) {
            throw DomainException.conflict(null, "incubation.application.callNotOpen");
        }
        return call;
    }

    private Organisation mine(Long organisationId) {
        if (organisationId == null) {
            throw DomainException.invalid("organisation", "platform.validation.required");
        }
        return organisationsIMayApplyFor().stream()
                .filter(o -> o.getId().equals(organisationId))
                .findFirst()
                .orElseThrow(DomainException::notFound);
    }

    private Eligibility.Facts facts(IntakeCall call, Organisation organisation, ApplicationForm form) {
        return new Eligibility.Facts(
                organisation.getFoundingDate(),
                organisation.getZone(),
                form.commitsToRegister(),
                form.focusArea(),
                restrictedActivity(organisation),
                LocalDate.now(clock),
                organisation.getZoneId(),
                zoneNames.label(
                        call.getIncubator().getZoneId(),
                        call.getIncubator().getZone(),
                        currentUser.account().map(UserAccount::getLanguage).orElse(Language.ENGLISH)));
    }

    /** The restricted activity the organisation's sector is in, named in the reader's language. */
    private Optional<String> restrictedActivity(Organisation organisation) {
        Language language = currentUser.account().map(UserAccount::getLanguage).orElse(Language.ENGLISH);
        return restrictedList.matchFor(organisation).map(activity -> activity.name(language));
    }
}
