package org.greenhub.alliance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.greenhub.alliance.application.AllianceAdministration;
import org.greenhub.alliance.application.AllianceAdministration.AllianceSummary;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.LocalisedInput;

/** The public list of alliances; administrators create alliances here and name their coordinators. */
@Named("allianceList")
@ViewScoped
public class AllianceListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllianceAdministration administration;

    @Inject
    LocaleSelector locale;

    @Inject
    FacesMessages messages;

    private List<AllianceSummary> alliances;
    private String code;
    private LocalisedInput names = new LocalisedInput();
    private Integer councilSeats = 15;
    private String coordinatorEmails;

    @PostConstruct
    void init() {
        alliances = administration.all(Language.of(locale.getLocale()));
    }

    public void create() {
        try {
            List<String> emails = coordinatorEmails == null
                    ? List.of()
                    : Arrays.stream(coordinatorEmails.split("[,;\\s]+"))
                            .filter(s -> !s.isBlank())
                            .toList();
            AllianceSummary alliance = administration.createAlliance(
                    code, names, councilSeats == null ? 0 : councilSeats, emails, Language.of(locale.getLocale()));
            messages.info("alliance.admin.created", alliance.code());
            messages.keepForRedirect();
            AlliancePages.redirect("/alliance/manage.xhtml?alliance=" + alliance.id());
        } catch (DomainException refusal) {
            messages.error("createForm", refusal);
        }
    }

    public List<AllianceSummary> getAlliances() {
        return alliances;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalisedInput getNames() {
        return names;
    }

    public Integer getCouncilSeats() {
        return councilSeats;
    }

    public void setCouncilSeats(Integer councilSeats) {
        this.councilSeats = councilSeats;
    }

    public String getCoordinatorEmails() {
        return coordinatorEmails;
    }

    public void setCoordinatorEmails(String coordinatorEmails) {
        this.coordinatorEmails = coordinatorEmails;
    }
}
