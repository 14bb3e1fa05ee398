package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.domain.Assignment;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.Panel;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.RoundStatus;
import org.greenhub.evaluation.domain.RubricCriterion;
import org.greenhub.evaluation.domain.conflict.ConflictSource;
import org.greenhub.evaluation.domain.conflict.Conflicts;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.domain.OrganisationRepository;

/**
 * Turns what the round services return (entities, lazily linked) into the plain rows the round page keeps. One
 * read-only transaction per call, so lazy links load here and never from a view-scoped bean. Permission checks stay in
 * the services it calls.
 */
@ApplicationScoped
public class RoundPageReader {

    @Inject
    RoundSetupService setup;

    @Inject
    AssignmentService assignments;

    @Inject
    ConflictService conflicts;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    public record EntryRow(
            long subjectId, String reference, String title, String organisation, String track, String group)
            implements Serializable {}

    public record PanelRow(long id, String name, String track, String group, List<Choice> judges)
            implements Serializable {}

    public record RoundView(
            String name,
            String programmeKey,
            RoundStatus status,
            long version,
            boolean assignmentsPublished,
            RoundRules rules,
            List<String> criterionCodes,
            List<EntryRow> entries,
            List<PanelRow> panels)
            implements Serializable {}

    public record AssignmentRow(long subjectId, String reference, long judgeId, String judge, Assignment.Source source)
            implements Serializable {}

    /** A conflict between a panel judge and an entry, in force or waived for this round. */
    public record ConflictRow(
            long judgeId,
            String judge,
            long subjectId,
            String reference,
            List<ConflictSource> sources,
            boolean waived,
            boolean waivable)
            implements Serializable {}

    /**
     * A round's status and rules, for its results page; {@code over} when it takes no more scores (closed, or open
     * past its closing time).
     */
    public record RoundRulesView(RoundStatus status, boolean over, RoundRules rules) implements Serializable {}

    @Transactional
    public RoundRulesView rules(long roundId) {
        EvaluationRound round = setup.view(roundId);
        return new RoundRulesView(round.getStatus(), round.isOverAt(Instant.now(clock)), round.rules());
    }

    @Transactional
    public RoundView round(long roundId) {
        EvaluationRound round = setup.view(roundId);
        return new RoundView(
                round.getName(),
                round.getProgrammeKey(),
                round.getStatus(),
                round.getVersion(),
                round.isAssignmentsPublished(),
                round.rules(),
                round.getRubric().getCriteria().stream()
                        .map(RubricCriterion::getCode)
                        .toList(),
                setup.entries(roundId).stream().map(RoundPageReader::entryRow).toList(),
                setup.panels(roundId).stream().map(RoundPageReader::panelRow).toList());
    }

    @Transactional
    public List<AssignmentRow> assignments(long roundId) {
        return assignments.assignments(roundId).stream()
                .map(a -> new AssignmentRow(
                        a.getSubject().getId(),
                        a.getSubject().getReference(),
                        a.getJudge().getId(),
                        a.getJudge().getDisplayName(),
                        a.getSource()))
                .sorted(Comparator.comparing(AssignmentRow::reference).thenComparing(AssignmentRow::judge))
                .toList();
    }

    /** Every (panel judge, entry) pair with something detected or declared, waived ones included so managers see them. */
    @Transactional
    public List<ConflictRow> conflicts(long roundId, List<EntryRow> entries, List<Choice> judges) {
        Conflicts found = conflicts.conflictsOf(roundId);
        return judges.stream()
                .flatMap(judge -> entries.stream()
                        .filter(entry ->
                                !found.sources(judge.id(), entry.subjectId()).isEmpty())
                        .map(entry -> new ConflictRow(
                                judge.id(),
                                judge.label(),
                                entry.subjectId(),
                                entry.reference(),
                                found.sources(judge.id(), entry.subjectId()).stream()
                                        .sorted()
                                        .toList(),
                                found.waived(judge.id(), entry.subjectId()),
                                found.waivable(judge.id(), entry.subjectId()))))
                .toList();
    }

    /** Up to ten organisations whose names contain every typed word, in whatever script they were registered. */
    @Transactional
    public List<Choice> organisationsNamed(String text) {
        return organisations.page(new OrganisationRepository.OrganisationQuery(text, null, null, true), 0, 10).stream()
                .map(Choice::organisation)
                .toList();
    }

    private static EntryRow entryRow(EvaluationSubject s) {
        return new EntryRow(
                s.getId(),
                s.getReference(),
                s.getTitle(),
                s.getOrganisation().getLegalName(),
                s.getTrack(),
                s.getGroupName());
    }

    private static PanelRow panelRow(Panel p) {
        return new PanelRow(
                p.getId(),
                p.getName(),
                p.getTrack(),
                p.getGroupName(),
                p.getJudges().stream()
                        .sorted(Comparator.comparing(UserAccount::getDisplayName))
                        .map(RoundPageReader::judgeChoice)
                        .toList());
    }

    public static Choice judgeChoice(UserAccount judge) {
        return new Choice(judge.getId(), judge.getDisplayName() + " <" + judge.getEmail() + ">");
    }
}
