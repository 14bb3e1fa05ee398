package org.greenhub.evaluation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.evaluation.application.Choice;
import org.greenhub.evaluation.application.ConflictService;
import org.greenhub.evaluation.domain.conflict.ConflictType;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;

/**
 * A judge declares conflicts of interest, on an entry of a round they sit on a panel of or on an organisation, and
 * keeps the list of organisations they have ties with. GreenHub then never assigns or shows them those entries.
 */
@Named("conflictDeclaration")
@ViewScoped
public class ConflictDeclarationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a declaration is on. */
    public enum Target {
        ENTRY,
        ORGANISATION
    }

    @Inject
    ConflictService conflicts;

    @Inject
    Clock clock;

    @Inject
    FacesMessages messages;

    /** An entry the judge may declare on, labelled by round and reference, and by title only where the round already shows it to them. */
    public record EntryOption(long subjectId, String label) implements Serializable {}

    private List<EntryOption> entries;
    private List<ConflictService.DeclarationRow> declarations;
    private List<ConflictService.TieRow> ties;

    private Target target = Target.ORGANISATION;
    private Long entryId;
    private Choice organisation;
    private ConflictType type;
    private String reason;

    private Choice tieOrganisation;
    private ConflictType tieType;
    private LocalDate tieFrom;
    private LocalDate tieTo;
    private String tieNote;

    @PostConstruct
    void init() {
        entries = conflicts.entriesOnMyPanels().stream()
                .map(e -> new EntryOption(
                        e.subjectId(),
                        e.roundName() + " · " + e.reference() + (e.title() == null ? "" : " · " + e.title())))
                .toList();
        reload();
    }

    private void reload() {
        declarations = conflicts.myDeclarations();
        ties = conflicts.myTies();
    }

    public List<Choice> completeOrganisation(String text) {
        return conflicts.organisationsNamed(text, 10);
    }

    public void declare() {
        try {
            if (type == null) {
                throw DomainException.invalid("type", "platform.validation.required");
            }
            if (target == Target.ENTRY) {
                if (entryId == null) {
                    throw DomainException.invalid("entry", "platform.validation.required");
                }
                conflicts.declareOnSubject(entryId, type, reason);
            } else {
                if (organisation == null) {
                    throw DomainException.invalid("organisation", "platform.validation.required");
                }
                conflicts.declareOnOrganisation(organisation.id(), type, reason);
            }
            messages.info("evaluation.ui.declare.saved");
            entryId = null;
            organisation = null;
            type = null;
            reason = null;
            reload();
        } catch (DomainException refusal) {
            messages.error("declareForm", refusal);
        }
    }

    public void addTie() {
        try {
            if (tieOrganisation == null) {
                throw DomainException.invalid("organisation", "platform.validation.required");
            }
            conflicts.addTie(tieOrganisation.id(), tieType, tieFrom, tieTo, tieNote);
            messages.info("evaluation.ui.ties.added", tieOrganisation.label());
            tieOrganisation = null;
            tieType = null;
            tieFrom = null;
            tieTo = null;
            tieNote = null;
            reload();
        } catch (DomainException refusal) {
            messages.error("tieForm", refusal);
        }
    }

    public void endTie(ConflictService.TieRow tie) {
        try {
            conflicts.endTie(tie.id());
            messages.info("evaluation.ui.ties.ended", tie.organisation());
            reload();
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public List<ConflictType> getTypes() {
        return List.of(ConflictType.values());
    }

    public List<Target> getTargets() {
        return List.of(Target.values());
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public List<EntryOption> getEntries() {
        return entries;
    }

    public List<ConflictService.DeclarationRow> getDeclarations() {
        return declarations;
    }

    public List<ConflictService.TieRow> getTies() {
        return ties;
    }

    public Target getTarget() {
        return target;
    }

    public void setTarget(Target target) {
        this.target = target;
    }

    public Long getEntryId() {
        return entryId;
    }

    public void setEntryId(Long entryId) {
        this.entryId = entryId;
    }

    public Choice getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Choice organisation) {
        this.organisation = organisation;
    }

    public ConflictType getType() {
        return type;
    }

    public void setType(ConflictType type) {
        this.type = type;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Choice getTieOrganisation() {
        return tieOrganisation;
    }

    public void setTieOrganisation(Choice tieOrganisation) {
        this.tieOrganisation = tieOrganisation;
    }

    public ConflictType getTieType() {
        return tieType;
    }

    public void setTieType(ConflictType tieType) {
        this.tieType = tieType;
    }

    public LocalDate getTieFrom() {
        return tieFrom;
    }

    public void setTieFrom(LocalDate tieFrom) {
        this.tieFrom = tieFrom;
    }

    public LocalDate getTieTo() {
        return tieTo;
    }

    public void setTieTo(LocalDate tieTo) {
        this.tieTo = tieTo;
    }

    public String getTieNote() {
        return tieNote;
    }

    public void setTieNote(String tieNote) {
        this.tieNote = tieNote;
    }
}
