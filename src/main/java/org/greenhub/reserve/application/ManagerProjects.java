package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.concurrency.IfMatch;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.text.Figures;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GradeBands;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;

/**
 * The reserve managers' review as the API offers it, through the manager pages' own use cases
 * ({@link ReserveCallAccess}, {@link ListingDecisions}): the projects of the calls the caller manages (every call for
 * administrators), a page at a time from the database; one project as the decision page shows it, with its tag
 * ({@code ETag}: id and version); and the page's decisions (list with a grade, return for more information, reject,
 * renew after a renewal review). The tag sent back in {@code If-Match} is checked in the transaction of the decision.
 * Another manager's call or project answers "not found"; a draft is the owner's alone and "not found" too.
 */
@ApplicationScoped
public class ManagerProjects {

    /** The projects a manager's list shows when no status is asked for: those awaiting the review's decision. */
    public static final Set<ProjectStatus> AWAITING_REVIEW = Set.of(ProjectStatus.SUBMITTED, ProjectStatus.IN_REVIEW);

    @Inject
    ReserveCallAccess access;

    @Inject
    ReserveCallQueries queries;

    @Inject
    ListingDecisions decisions;

    @Inject
    ReserveRepository reserve;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /** What a manager decides on a reviewed project, as the decision page offers it. */
    public enum Decision {
        LIST,
        RETURN,
        REJECT,
        RENEW
    }

    /** One page of the projects of the caller's calls and how many there are in all. */
    public record QueuePage(List<ReserveCallQueries.QueuedLine> rows, long total) {}

    /** The review's result for the project: the final score, how many judges scored it, the grade it proposes. */
    public record ProposedGrade(double score, int judges, Grade grade) {}

    /** A project as the decision page shows it, texts in the caller's language. */
    public record ReviewedProject(
            long id,
            long callId,
            String call,
            String callTimeZone,
            String title,
            String organisation,
            String summary,
            GreenCategory category,
            ProjectStage stage,
            String location,
            BigDecimal totalInvestmentYuan,
            BigDecimal financingSoughtYuan,
            Set<FinancingInstrument> instruments,
            Benefits expected,
            String estimateMethod,
            List<String> screeningFlags,
            ProjectStatus status,
            Instant submittedAt,
            ProposedGrade proposal,
            GradeBands bands,
            Grade grade,
            LocalDate listedFrom,
            LocalDate listedUntil,
            String decisionReason,
            LocalDate listedUntilIfListedToday,
            boolean renewalRequested,
            boolean inRenewalReview) {}

    /** A project and the tag of the version it shows. */
    public record TaggedReview(ReviewedProject project, String etag) {}

    /**
     * The projects of one call the caller manages ({@code callId}; another's answers "not found"), or of every call
     * they manage, in these statuses and of one stage when given, the longest waiting first. Refused to anyone who
     * manages no reserve call by role.
     */
    @Transactional
    public QueuePage queue(Long callId, Collection<ProjectStatus> statuses, ProjectStage stage, int first, int size) {
        UserAccount user = currentUser.require();
        if (!user.hasRole(Role.ADMINISTRATOR) && !user.hasRole(Role.PROGRAMME_MANAGER)) {
            throw DomainException.forbidden();
        }
        Collection<Long> calls;
        if (callId != null) {
            calls = List.of(access.managedCall(callId).getId());
        } else {
            calls = user.hasRole(Role.ADMINISTRATOR) ? null : reserve.callIdsManagedBy(user.getId());
        }
        return new QueuePage(
                queries.queued(calls, statuses, stage, first, size), queries.countQueued(calls, statuses, stage));
    }

    /** One project of a call the caller manages, as its decision page shows it. */
    @Transactional
    public TaggedReview project(long projectId, Language language) {
        return view(projectId, language);
    }

    /**
     * Takes one of the decision page's decisions, with its rules: listing needs a grade, and a reason unless the grade
     * is the one the review proposes; returning and rejecting need a reason; renewing needs a scored renewal review.
     * {@code seen} (the caller's {@code If-Match}) must name the version the caller read.
     */
    @Transactional
    public TaggedReview decide(
            long projectId, IfMatch seen, Decision decision, Grade grade, String reason, Language language) {
        ReserveProject project = access.managedProject(projectId);
        if (project.getStatus() == ProjectStatus.DRAFT) {
            throw DomainException.notFound();
        }
        long version = project.getVersion();
        seen.require(VersionTag.of(projectId, version));
        if (decision == null) {
            throw DomainException.invalid("decision", "platform.validation.required");
        }
        switch (decision) {
            case LIST -> decisions.list(projectId, grade, reason, version);
            case RETURN -> decisions.returnForInformation(projectId, reason, version);
            case REJECT -> decisions.reject(projectId, reason, version);
            case RENEW -> decisions.renew(projectId, grade, reason, version);
        }
        reserve.flush();
        return view(projectId, language);
    }

    private TaggedReview view(long projectId, Language language) {
        ListingDecisions.DecisionView v = decisions.view(projectId);
        Locale locale = language.locale();
        ReviewedProject project = new ReviewedProject(
                v.id(),
                v.callId(),
                v.callName().text(language),
                v.callZone(),
                v.title(),
                v.organisation(),
                v.summary(),
                v.category(),
                v.stage(),
                v.location(),
                v.totalInvestmentYuan(),
                v.financingSoughtYuan(),
                v.instruments(),
                v.expected(),
                v.estimateMethod(),
                v.flags().stream()
                        .map(f -> messages.get(
                                locale,
                                f.getMessageKey(),
                                f.getArguments().stream()
                                        .map(a -> Figures.amount(a, locale))
                                        .toArray()))
                        .toList(),
                v.status(),
                v.submittedAt(),
                v.proposal() == null
                        ? null
                        : new ProposedGrade(
                                v.proposal().score(),
                                v.proposal().judges(),
                                v.proposal().grade()),
                v.bands(),
                v.grade(),
                v.validity() == null ? null : v.validity().since(),
                v.validity() == null ? null : v.validity().until(),
                v.decisionReason(),
                v.validityIfDecidedToday() == null
                        ? null
                        : v.validityIfDecidedToday().until(),
                v.renewalRequested(),
                v.inRenewalReview());
        return new TaggedReview(project, VersionTag.of(v.id(), v.version()));
    }
}
