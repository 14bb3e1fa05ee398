package org.greenhub.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.greenhub.evaluation.application.Choice;
import org.greenhub.evaluation.application.RoundPageReader;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.RoundStatus;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.ReadAgain;
import org.primefaces.PrimeFaces;

/**
 * A programme manager sets up one round: its rules, its entries, its panels, and opens or closes it. Opened by id;
 * an id the manager may not see answers 404. The other tabs’ beans read the round from here.
 */
@Named("roundSetup")
@ViewScoped
public class RoundSetupBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoundSetupService setup;

    @Inject
    FacesMessages messages;

    @Inject
    RoundPageReader reader;

    private Long id;
    /** Counts reloads, so the other tabs' beans know when what they worked out from the round is out of date. */
    private int revision;

    private String name;
    private String programmeKey;
    private RoundStatus status;
    private long version;
    private boolean assignmentsPublished;
    private RoundRules rules;
    private List<String> criterionCodes = List.of();
    /**
     * The round's entries and panels, as many as the round has (a thousand entries in issue 17's workload). Kept out
     * of the session ({@code transient}): a cluster copies the session after every request, records slowly (see
     * docs/architecture.md, "Several nodes"). The node holding the session keeps the same bean; a node that receives
     * the view without them reads them again ({@link #lists()}).
     */
    private transient List<RoundPageReader.EntryRow> entries;

    private transient List<RoundPageReader.PanelRow> panels;
    private String zone = RulesForm.ZONES.get(0);

    private RulesForm rulesForm;
    private String changeReason;

    private Choice entryOrganisation;
    private String entryReference;
    private String entryTitle;
    private String entryTrack;
    private String entryGroup;

    private String panelName;
    private String panelTrack;
    private String panelGroup;
    private Long judgePanelId;
    private Choice judgeToAdd;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            refresh();
        } catch (DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(DomainException.notFound());
        }
    }

    /** Reloads everything the page shows; called after each change so the page never shows a stale version. */
    public void refresh() {
        revision++;
        RoundPageReader.RoundView round = reader.round(id);
        name = round.name();
        programmeKey = round.programmeKey();
        status = round.status();
        version = round.version();
        assignmentsPublished = round.assignmentsPublished();
        rules = round.rules();
        criterionCodes = round.criterionCodes();
        entries = round.entries();
        panels = round.panels();
    }

    // ---- rules ----------------------------------------------------------------------------------------------

    public void editRules() {
        rulesForm = RulesForm.of(rules, zone);
        changeReason = null;
    }

    public void saveRules() {
        try {
            setup.changeRules(id, rulesForm.toRules(), changeReason, version);
            zone = rulesForm.getZone();
            refresh();
            messages.info("evaluation.ui.rules.saved");
            PrimeFaces.current().executeScript("PF('rulesDialog').hide()");
        } catch (DomainException refusal) {
            messages.error("rulesForm", refusal);
        }
    }

    public void open() {
        try {
            setup.open(id, version);
            refresh();
            messages.info("evaluation.ui.round.opened");
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public void close() {
        try {
            setup.close(id, version);
            refresh();
            messages.info("evaluation.ui.round.closed");
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    // ---- entries --------------------------------------------------------------------------------------------

    /** Organisations whose names contain every typed word, in whatever script they were registered. */
    public List<Choice> completeOrganisation(String text) {
        return reader.organisationsNamed(text);
    }

    /**
     * Registers the entry with the evaluation engine and adds it to the round, in one transaction (the service
     * checks the manager's right to set up this round).
     */
    public void addEntry() {
        try {
            if (entryOrganisation == null) {
                throw DomainException.invalid("organisation", "platform.validation.required");
            }
            String reference =
                    setup.addNewEntry(id, entryReference, entryTitle, entryOrganisation.id(), entryTrack, entryGroup);
            messages.info("evaluation.ui.entries.added", reference);
            entryOrganisation = null;
            entryReference = null;
            entryTitle = null;
            refresh();
        } catch (DomainException refusal) {
            messages.error("entryForm", refusal);
        }
    }

    // ---- panels ---------------------------------------------------------------------------------------------

    public void createPanel() {
        try {
            setup.createPanel(id, panelName, panelTrack, panelGroup);
            messages.info("evaluation.ui.panels.created", panelName);
            panelName = null;
            panelTrack = null;
            panelGroup = null;
            refresh();
        } catch (DomainException refusal) {
            messages.error("panelForm", refusal);
        }
    }

    public List<Choice> completeJudge(String text) {
        return setup.judgeCandidates(text, 10).stream()
                .map(RoundPageReader::judgeChoice)
                .toList();
    }

    public void addJudge() {
        try {
            if (judgePanelId == null) {
                throw DomainException.invalid("panel", "platform.validation.required");
            }
            if (judgeToAdd == null) {
                throw DomainException.invalid("judge", "platform.validation.required");
            }
            setup.addJudge(judgePanelId, judgeToAdd.id());
            messages.info("evaluation.ui.panels.judgeAdded", judgeToAdd.label());
            judgeToAdd = null;
            refresh();
        } catch (DomainException refusal) {
            messages.error("judgeForm", refusal);
        }
    }

    public void removeJudge(long panelId, Choice judge) {
        try {
            setup.removeJudge(panelId, judge.id());
            messages.info("evaluation.ui.panels.judgeRemoved", judge.label());
            refresh();
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    // ---- shown values ---------------------------------------------------------------------------------------

    public String getWindow() {
        return org.greenhub.platform.web.TimeText.of(rules.opensAt(), zone) + " – "
                + org.greenhub.platform.web.TimeText.of(rules.closesAt(), zone);
    }

    public boolean isDraft() {
        return status == RoundStatus.DRAFT;
    }

    public boolean isOpenRound() {
        return status == RoundStatus.OPEN;
    }

    public boolean isClosed() {
        return status == RoundStatus.CLOSED;
    }

    /** Every judge on any panel of the round, once. */
    public List<Choice> getPanelJudges() {
        return getPanels().stream()
                .flatMap(p -> p.judges().stream())
                .distinct()
                .sorted(Comparator.comparing(Choice::label))
                .toList();
    }

    public int getRevision() {
        return revision;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public boolean isAssignmentsPublished() {
        return assignmentsPublished;
    }

    public RoundRules getRules() {
        return rules;
    }

    public List<String> getCriterionCodes() {
        return criterionCodes;
    }

    public List<RoundPageReader.EntryRow> getEntries() {
        lists();
        return entries;
    }

    public List<RoundPageReader.PanelRow> getPanels() {
        lists();
        return panels;
    }

    /** Reads the entries and panels again when this view arrived without them (on another node, after a failover). */
    private void lists() {
        if (entries == null || panels == null) {
            if (id == null) {
                entries = List.of();
                panels = List.of();
                return;
            }
            RoundPageReader.RoundView round = ReadAgain.orWhenRefused(() -> reader.round(id), null);
            entries = round == null ? List.of() : round.entries();
            panels = round == null ? List.of() : round.panels();
        }
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = RulesForm.ZONES.contains(zone) ? zone : this.zone;
    }

    public List<String> getZones() {
        return RulesForm.ZONES;
    }

    public RulesForm getRulesForm() {
        return rulesForm;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }

    public Choice getEntryOrganisation() {
        return entryOrganisation;
    }

    public void setEntryOrganisation(Choice entryOrganisation) {
        this.entryOrganisation = entryOrganisation;
    }

    public String getEntryReference() {
        return entryReference;
    }

    public void setEntryReference(String entryReference) {
        this.entryReference = entryReference;
    }

    public String getEntryTitle() {
        return entryTitle;
    }

    public void setEntryTitle(String entryTitle) {
        this.entryTitle = entryTitle;
    }

    public String getEntryTrack() {
        return entryTrack;
    }

    public void setEntryTrack(String entryTrack) {
        this.entryTrack = entryTrack;
    }

    public String getEntryGroup() {
        return entryGroup;
    }

    public void setEntryGroup(String entryGroup) {
        this.entryGroup = entryGroup;
    }

    public String getPanelName() {
        return panelName;
    }

    public void setPanelName(String panelName) {
        this.panelName = panelName;
    }

    public String getPanelTrack() {
        return panelTrack;
    }

    public void setPanelTrack(String panelTrack) {
        this.panelTrack = panelTrack;
    }

    public String getPanelGroup() {
        return panelGroup;
    }

    public void setPanelGroup(String panelGroup) {
        this.panelGroup = panelGroup;
    }

    public Long getJudgePanelId() {
        return judgePanelId;
    }

    public void setJudgePanelId(Long judgePanelId) {
        this.judgePanelId = judgePanelId;
    }

    public Choice getJudgeToAdd() {
        return judgeToAdd;
    }

    public void setJudgeToAdd(Choice judgeToAdd) {
        this.judgeToAdd = judgeToAdd;
    }
}
