package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.evaluation.domain.CriterionText;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.Panel;
import org.greenhub.evaluation.domain.RoundEntry;
import org.greenhub.evaluation.domain.RoundRepository;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.RoundStatus;
import org.greenhub.evaluation.domain.Rubric;
import org.greenhub.evaluation.domain.RubricCriterion;
import org.greenhub.evaluation.domain.RubricRepository;
import org.greenhub.evaluation.domain.SubjectRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/**
 * Setting up a round: its rubric, its declared rules, its entries and its panels. Programme managers and
 * administrators only; every change is audited, and rule changes once the round is open need a reason.
 * Edits of a round carry the version the manager saw, so two managers editing at once cannot overwrite each other.
 */
@ApplicationScoped
public class RoundSetupService {

    /** One criterion as a manager defines it: scale and weight, with name and guidance per language. */
    public record CriterionDraft(
            String code,
            BigDecimal weight,
            BigDecimal min,
            BigDecimal max,
            BigDecimal step,
            BigDecimal commentRequiredBelow,
            Map<Language, CriterionText> texts) {

        /**
         * A programme's default rubric: each criterion scored 0 to 10 in half points with its weight, its name and
         * guidance in every language read from {@code <keyPrefix><code>} and {@code <keyPrefix><code>.guidance}.
         */
        public static List<CriterionDraft> tenPointScale(
                Map<String, Integer> weights, String keyPrefix, org.greenhub.platform.i18n.Messages messages) {
            List<CriterionDraft> criteria = new java.util.ArrayList<>();
            weights.forEach((code, weight) -> {
                Map<Language, CriterionText> texts = new java.util.EnumMap<>(Language.class);
                for (Language language : Language.values()) {
                    texts.put(
                            language,
                            new CriterionText(
                                    messages.get(language.locale(), keyPrefix + code),
                                    messages.get(language.locale(), keyPrefix + code + ".guidance")));
                }
                criteria.add(new CriterionDraft(
                        code,
                        BigDecimal.valueOf(weight),
                        BigDecimal.ZERO,
                        BigDecimal.TEN,
                        new BigDecimal("0.5"),
                        null,
                        texts));
            });
            return criteria;
        }
    }

    @Inject
    RoundRepository rounds;

    @Inject
    RubricRepository rubrics;

    @Inject
    SubjectRepository subjectStore;

    @Inject
    RoundListQueries roundList;

    @Inject
    CurrentUser currentUser;

    @Inject
    ManagerAccess managerAccess;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    UserAccountRepository accounts;

    /** One line of the managers' list of rounds. */
    public record RoundSummary(
            long id,
            String name,
            String programmeKey,
            RoundStatus status,
            Instant opensAt,
            Instant closesAt,
            long entries)
            implements java.io.Serializable {}

    /**
     * Creates the rubric and the round on it in one transaction, so a round refused for its rules leaves no orphan
     * rubric behind (the managers' wizard asks for both at once).
     */
    @Transactional
    public EvaluationRound createRoundWithRubric(
            String programmeKey, String rubricName, List<CriterionDraft> criteria, RoundRules rules) {
        Rubric rubric = createRubric(programmeKey, rubricName, criteria);
        return createRound(programmeKey, rubric.getId(), rules);
    }

    /** {@link #createRoundWithRubric} for the managers' wizard, which needs only the new round's line to go to it. */
    @Transactional
    public RoundSummary createRoundFromWizard(
            String programmeKey, String rubricName, List<CriterionDraft> criteria, RoundRules rules) {
        EvaluationRound r = createRoundWithRubric(programmeKey, rubricName, criteria, rules);
        return new RoundSummary(
                r.getId(), r.getName(), r.getProgrammeKey(), r.getStatus(), r.getOpensAt(), r.getClosesAt(), 0);
    }

    /** Rounds of the programmes the caller manages, newest first, with their number of entries (two queries per page). */
    public List<RoundSummary> rounds(int first, int size) {
        ManagerAccess.KeyFilter mine = managerAccess.filterFor(managerAccess.require(), "r.programmeKey");
        List<EvaluationRound> page = roundList.page(mine, first, size);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> entries =
                roundList.entryCounts(page.stream().map(EvaluationRound::getId).toList());
        return page.stream()
                .map(r -> new RoundSummary(
                        r.getId(),
                        r.getName(),
                        r.getProgrammeKey(),
                        r.getStatus(),
                        r.getOpensAt(),
                        r.getClosesAt(),
                        entries.getOrDefault(r.getId(), 0L)))
                .toList();
    }

    public long countRounds() {
        ManagerAccess.KeyFilter mine = managerAccess.filterFor(managerAccess.require(), "r.programmeKey");
        return roundList.count(mine);
    }

    /** The round's entries with their organisations, by reference. */
    public List<EvaluationSubject> entries(long roundId) {
        managerAccess.requireRound(roundId);
        round(roundId);
        return rounds.subjectsByReference(roundId);
    }

    /** People with the judge role whose name or address contains every typed word, for the panel picker. */
    public List<UserAccount> judgeCandidates(String text, int max) {
        managerAccess.require();
        return accounts.page(new UserAccountRepository.UserQuery(text, Role.JUDGE, null, null, true), 0, max);
    }

    @Transactional
    public Rubric createRubric(String programmeKey, String name, List<CriterionDraft> criteria) {
        managerAccess.requireProgramme(programmeKey);
        Rubric rubric = new Rubric(programmeKey, name, Instant.now(clock));
        if (criteria == null || criteria.isEmpty()) {
            throw DomainException.invalid("criteria", "evaluation.round.rubricEmpty");
        }
        for (CriterionDraft draft : criteria) {
            RubricCriterion criterion = rubric.addCriterion(
                    draft.code(), draft.weight(), draft.min(), draft.max(), draft.step(), draft.commentRequiredBelow());
            if (draft.texts() == null || !draft.texts().containsKey(Language.ENGLISH)) {
                // English is the fallback every reader can get, so it must be there.
                throw DomainException.invalid("name", "evaluation.setup.englishNameRequired", criterion.getCode());
            }
            draft.texts().forEach((language, text) -> criterion.describe(language, text.getName(), text.getGuidance()));
        }
        rubrics.add(rubric);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", rubric.getName());
        state.put(
                "criteria",
                rubric.getCriteria().stream()
                        .map(c -> c.getCode() + " w" + c.getWeight() + " " + c.getMinValue() + ".." + c.getMaxValue()
                                + "/" + c.getStep())
                        .toList());
        audit.record("RUBRIC_CREATED", "Rubric", rubric.getId(), null, state, null);
        return rubric;
    }

    @Transactional
    public EvaluationRound createRound(String programmeKey, long rubricId, RoundRules rules) {
        managerAccess.requireProgramme(programmeKey);
        Rubric rubric = rubrics.find(rubricId).orElse(null);
        if (rubric == null || !rubric.getProgrammeKey().equals(programmeKey)) {
            throw DomainException.notFound();
        }
        EvaluationRound round = new EvaluationRound(programmeKey, rubric, rules, Instant.now(clock));
        rounds.add(round);
        audit.record("ROUND_CREATED", "EvaluationRound", round.getId(), null, round.snapshot(), null);
        return round;
    }

    public EvaluationRound view(long roundId) {
        managerAccess.requireRound(roundId);
        return round(roundId);
    }

    /** Draft rounds change freely; open or closed ones only with a reason, recorded with the before and after. */
    @Transactional
    public EvaluationRound changeRules(long roundId, RoundRules rules, String reason, long expectedVersion) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = editable(roundId, expectedVersion);
        Map<String, Object> before = round.snapshot();
        round.changeRules(rules, reason);
        String recordedReason = reason == null || reason.isBlank() ? null : reason.strip();
        audit.record("ROUND_RULES_CHANGED", "EvaluationRound", roundId, before, round.snapshot(), recordedReason);
        return round;
    }

    @Transactional
    public EvaluationRound open(long roundId, long expectedVersion) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = editable(roundId, expectedVersion);
        long entries = rounds.entryCount(roundId);
        if (entries == 0) {
            throw DomainException.conflict(null, "evaluation.setup.noEntries");
        }
        round.open();
        audit.record("ROUND_OPENED", "EvaluationRound", roundId, null, round.snapshot(), null);
        return round;
    }

    @Transactional
    public EvaluationRound close(long roundId, long expectedVersion) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = editable(roundId, expectedVersion);
        round.close();
        audit.record("ROUND_CLOSED", "EvaluationRound", roundId, null, round.snapshot(), null);
        return round;
    }

    @Inject
    SubjectRegistry registry;

    /**
     * Registers a new entry of the round's programme and adds it to the round, in one transaction: a refusal leaves
     * neither behind. Managers only (the registry itself trusts its caller). Returns the entry's reference as stored.
     */
    @Transactional
    public String addNewEntry(
            long roundId, String reference, String title, long organisationId, String track, String group) {
        EvaluationRound round = view(roundId);
        if (round.getStatus() == org.greenhub.evaluation.domain.RoundStatus.CLOSED) {
            throw DomainException.conflict(null, "evaluation.setup.roundClosed");
        }
        EvaluationSubject subject =
                registry.register(round.getProgrammeKey(), reference, title, organisationId, track, group);
        addSubjects(roundId, List.of(subject.getId()));
        return subject.getReference();
    }

    /** Adds subjects of the round's programme; ones already in the round are left as they are. Returns how many were added. */
    @Transactional
    public int addSubjects(long roundId, Collection<Long> subjectIds) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        if (round.getStatus() == RoundStatus.CLOSED) {
            throw DomainException.conflict(null, "evaluation.setup.roundClosed");
        }
        Set<Long> wanted = new TreeSet<>(subjectIds);
        List<EvaluationSubject> subjects = wanted.isEmpty() ? List.of() : subjectStore.findAll(wanted);
        if (subjects.size() != wanted.size()
                || subjects.stream().anyMatch(s -> !s.getProgrammeKey().equals(round.getProgrammeKey()))) {
            // a subject of another programme is treated like one that does not exist
            throw DomainException.notFound();
        }
        Set<Long> present = rounds.subjectIdsIn(roundId);
        Instant now = Instant.now(clock);
        int added = 0;
        for (EvaluationSubject subject : subjects) {
            if (present.add(subject.getId())) {
                rounds.addEntry(new RoundEntry(round, subject, now));
                added++;
            }
        }
        if (added > 0) {
            audit.record(
                    "ROUND_ENTRIES_ADDED",
                    "EvaluationRound",
                    roundId,
                    null,
                    Map.of("subjects", wanted, "added", added),
                    null);
        }
        return added;
    }

    /** A panel for the whole round, or only for one track and/or group. */
    @Transactional
    public Panel createPanel(long roundId, String name, String track, String group) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        if (round.getStatus() == RoundStatus.CLOSED) {
            throw DomainException.conflict(null, "evaluation.setup.roundClosed");
        }
        Panel panel = new Panel(round, name, track, group);
        rounds.addPanel(panel);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", panel.getName());
        state.put("track", panel.getTrack());
        state.put("group", panel.getGroupName());
        audit.record("PANEL_CREATED", "EvaluationRound", roundId, null, state, null);
        return panel;
    }

    @Transactional
    public Panel addJudge(long panelId, long judgeId) {
        managerAccess.requirePanel(panelId);
        Panel panel = panel(panelId);
        UserAccount judge = accounts.find(judgeId).orElseThrow(DomainException::notFound);
        if (!judge.hasRole(Role.JUDGE)) {
            throw DomainException.invalid("judge", "evaluation.setup.notAJudge", judge.getDisplayName());
        }
        if (!panel.addJudge(judge)) {
            throw DomainException.conflict("judge", "evaluation.setup.alreadyOnPanel", judge.getDisplayName());
        }
        audit.record(
                "PANEL_JUDGE_ADDED",
                "EvaluationRound",
                panel.getRound().getId(),
                null,
                Map.of("panel", panel.getName(), "judge", judge.getEmail()),
                null);
        return panel;
    }

    /** Takes a judge off a panel; assignments they already hold stay until the judge is withdrawn from the round. */
    @Transactional
    public Panel removeJudge(long panelId, long judgeId) {
        managerAccess.requirePanel(panelId);
        Panel panel = panel(panelId);
        UserAccount judge = accounts.find(judgeId).orElse(null);
        if (judge == null || !panel.removeJudge(judge)) {
            throw DomainException.notFound();
        }
        audit.record(
                "PANEL_JUDGE_REMOVED",
                "EvaluationRound",
                panel.getRound().getId(),
                Map.of("panel", panel.getName(), "judge", judge.getEmail()),
                null,
                null);
        return panel;
    }

    public List<Panel> panels(long roundId) {
        managerAccess.requireRound(roundId);
        round(roundId);
        return rounds.panels(roundId);
    }

    private EvaluationRound editable(long roundId, long expectedVersion) {
        EvaluationRound round = round(roundId);
        if (round.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        return round;
    }

    private EvaluationRound round(long roundId) {
        return rounds.require(roundId);
    }

    private Panel panel(long panelId) {
        return rounds.requirePanel(panelId);
    }
}
