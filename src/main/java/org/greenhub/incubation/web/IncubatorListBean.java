package org.greenhub.incubation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.incubation.application.IncubatorService;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorKind;
import org.greenhub.organisation.application.ZoneNames;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;

/** Incubator managers: the incubators they manage. Administrators also create incubators here. */
@Named("incubatorList")
@ViewScoped
public class IncubatorListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the list. */
    public record Line(long id, String name, IncubatorKind kind, String zone, String operator)
            implements Serializable {}

    @Inject
    IncubatorService incubators;

    @Inject
    ZoneNames zoneNames;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    private List<Line> lines;
    private boolean administrator;
    private String operator;
    private final java.util.HashMap<String, Long> offered = new java.util.HashMap<>();
    private IncubatorKind kind = IncubatorKind.GREEN_PROFESSIONAL_INCUBATOR;
    private String name;

    @PostConstruct
    void init() {
        administrator = currentUser.has(Role.ADMINISTRATOR);
        refresh();
    }

    private void refresh() {
        Language language = Language.of(localeSelector.getLocale());
        lines = incubators.managed().stream()
                .map(i -> new Line(
                        i.getId(),
                        i.name(language),
                        i.getKind(),
                        zoneNames.label(i.getZoneId(), i.getZone(), language),
                        i.getOperator().getLegalName()))
                .toList();
    }

    /** Organisations to pick the operator from, by name or registration code. */
    public List<String> completeOperator(String text) {
        List<IncubatorService.OperatorChoice> choices = incubators.operatorCandidates(text, 12);
        choices.forEach(c -> offered.put(c.label(), c.id()));
        return choices.stream().map(IncubatorService.OperatorChoice::label).toList();
    }

    public String create() {
        try {
            Long operatorId = operator == null ? null : offered.get(operator);
            if (operatorId == null) {
                messages.error("newIncubatorForm:operator", "incubation.incubator.operatorUnknown");
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
            Incubator incubator = incubators.create(new IncubatorService.IncubatorDraft(
                    operatorId,
                    kind,
                    Map.of(Language.ENGLISH, name == null ? "" : name),
                    Set.of(),
                    null,
                    null,
                    null,
                    Set.of(),
                    List.of()));
            messages.info("incubation.ui.incubator.created");
            messages.keepForRedirect();
            return "/incubation/intake/manage/incubator?faces-redirect=true&id=" + incubator.getId();
        } catch (DomainException refusal) {
            IntakePages.error(messages, "newIncubatorForm", refusal);
            return null;
        }
    }

    public List<IncubatorKind> getKinds() {
        return List.of(IncubatorKind.values());
    }

    public List<Line> getLines() {
        return lines;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public IncubatorKind getKind() {
        return kind;
    }

    public void setKind(IncubatorKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
