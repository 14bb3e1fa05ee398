package org.greenhub.evaluation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.primefaces.event.FlowEvent;

/**
 * A programme manager sets up a screening round in three steps: the rubric, the rules, a last look. Nothing is
 * stored until the last step, and then rubric and round are stored together.
 */
@Named("newRound")
@ViewScoped
public class NewRoundBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rounds made here screen applications; competitions and incubators will create theirs with their own keys. */
    static final String PROGRAMME_PREFIX = "screening:";

    @Inject
    RoundSetupService setup;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private boolean open;
    private String programmeName;
    private String rubricName;
    private final List<CriterionRow> criteria = new ArrayList<>(List.of(new CriterionRow()));
    private RulesForm rules;

    @PostConstruct
    void suggestDates() {
        rules = RulesForm.startingAfter(LocalDate.now(clock));
    }

    public void start() {
        open = true;
    }

    public void cancel() {
        open = false;
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(int index) {
        if (criteria.size() > 1 && index >= 0 && index < criteria.size()) {
            criteria.remove(index);
            rules.getTieBreak().retainAll(getCriterionCodes());
        }
    }

    /** Going forward from the rubric needs at least a code and an English name on every criterion; back is always fine. */
    public String onFlow(FlowEvent event) {
        if ("rubricStep".equals(event.getOldStep()) && !"rubricStep".equals(event.getNewStep())) {
            boolean complete = true;
            for (int i = 0; i < criteria.size(); i++) {
                CriterionRow row = criteria.get(i);
                if (row.getCode() == null
                        || row.getCode().isBlank()
                        || row.getEnglishName() == null
                        || row.getEnglishName().isBlank()) {
                    messages.error(null, "evaluation.ui.wizard.criterionIncomplete", i + 1);
                    complete = false;
                }
            }
            if (!complete) {
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                return event.getOldStep();
            }
            rules.getTieBreak().retainAll(getCriterionCodes());
        }
        return event.getNewStep();
    }

    public String create() {
        try {
            String key = PROGRAMME_PREFIX + (programmeName == null ? "" : programmeName.strip());
            RoundSetupService.RoundSummary round = setup.createRoundFromWizard(
                    key,
                    rubricName,
                    criteria.stream().map(CriterionRow::toDraft).toList(),
                    rules.toRules());
            messages.info("evaluation.ui.wizard.created", round.name());
            messages.keepForRedirect();
            return "/evaluation/manage/round?faces-redirect=true&id=" + round.id();
        } catch (DomainException refusal) {
            // The refused field may be on an earlier step: say it at the top, where the manager is looking.
            messages.error(null, refusal.messageKey(), refusal.args());
            return null;
        }
    }

    public List<String> getCriterionCodes() {
        return criteria.stream()
                .map(CriterionRow::getCode)
                .filter(c -> c != null && !c.isBlank())
                .distinct()
                .toList();
    }

    public List<Language> getOtherLanguages() {
        return Language.all().stream().filter(l -> l != Language.ENGLISH).toList();
    }

    public String getProgrammePrefix() {
        return PROGRAMME_PREFIX;
    }

    public boolean isOpen() {
        return open;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public void setProgrammeName(String programmeName) {
        this.programmeName = programmeName;
    }

    public String getRubricName() {
        return rubricName;
    }

    public void setRubricName(String rubricName) {
        this.rubricName = rubricName;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public RulesForm getRules() {
        return rules;
    }
}
