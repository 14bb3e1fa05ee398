package org.greenhub.alliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.greenhub.alliance.application.AllianceAdministration;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;

/**
 * The coordinator's alliance page itself: which alliance (checked once when the page loads), its name and the
 * workspace figures. Each tab has a bean of its own, reading the alliance from here: {@link AllianceMembersBean},
 * {@link AllianceDuesBean}, {@link AllianceEventsBean}, {@link AllianceEvaluationBean}, {@link AllianceRecordBean}.
 */
@Named("allianceManage")
@ViewScoped
public class AllianceManageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllianceAdministration administration;

    @Inject
    MembershipQueries queries;

    @Inject
    LocaleSelector locale;

    private Long allianceId;
    private String allianceName;
    private MembershipQueries.Workspace workspace;
    /** The stage named in the address (a workspace figure links to the list it counts); unknown names are ignored. */
    private String requestedStage;

    public void load() {
        try {
            if (allianceId == null) {
                throw DomainException.notFound();
            }
            allianceName = administration
                    .editable(allianceId, Language.of(locale.getLocale()))
                    .name();
            workspace = queries.workspace(allianceId);
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    /** After a change of the record: the title follows the new name. */
    void renamed(String name) {
        allianceName = name;
    }

    public Long getAllianceId() {
        return allianceId;
    }

    public void setAllianceId(Long allianceId) {
        this.allianceId = allianceId;
    }

    public String getAllianceName() {
        return allianceName;
    }

    public MembershipQueries.Workspace getWorkspace() {
        return workspace;
    }

    public String getRequestedStage() {
        return requestedStage;
    }

    public void setRequestedStage(String requestedStage) {
        this.requestedStage = requestedStage;
    }

    /** The reader's language, for the tabs' downloads. */
    public Language getLanguage() {
        return Language.of(locale.getLocale());
    }

    /** Recounts the workspace figures after a tab changed memberships (e.g. a bulk request for information). */
    public void refreshWorkspace() {
        workspace = queries.workspace(allianceId);
    }
}
