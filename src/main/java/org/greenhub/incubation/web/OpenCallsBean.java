package org.greenhub.incubation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.incubation.application.IntakeCallService;
import org.greenhub.incubation.application.IntakeCallService.PublicCall;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;

/** The public list of open intake calls and one call's page; nobody needs to sign in. */
@Named("openCalls")
@ViewScoped
public class OpenCallsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IntakeCallService calls;

    @Inject
    LocaleSelector localeSelector;

    private List<PublicCall> open = List.of();
    private Long id;
    private PublicCall call;

    @PostConstruct
    void init() {
        open = calls.openCalls(language());
    }

    /** The call page (?id=): published calls only; 404 for others. */
    public void loadCall() {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            call = calls.publicView(id, language());
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    private Language language() {
        return Language.of(localeSelector.getLocale());
    }

    /** When the call takes applications, with the zone named. */
    public String window(PublicCall c) {
        return IntakePages.moment(c.opensAt()) + " – " + IntakePages.moment(c.closesAt());
    }

    public List<PublicCall> getOpen() {
        return open;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublicCall getCall() {
        return call;
    }
}
