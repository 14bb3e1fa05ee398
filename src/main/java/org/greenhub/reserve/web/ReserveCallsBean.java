package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.ReserveCallQueries;
import org.greenhub.reserve.application.ReserveCalls;

/** The reserve calls a manager runs (every call for administrators), with their projects counted. */
@Named("reserveCalls")
@ViewScoped
public class ReserveCallsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReserveCalls calls;

    @Inject
    LocaleSelector locale;

    @Inject
    FacesMessages text;

    private List<ReserveCallQueries.CallLine> list = List.of();

    public void load() {
        try {
            list = calls.mine();
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    public String window(ReserveCallQueries.CallLine line) {
        return ReservePages.window(text, locale.getLocale(), line.opensOn(), line.closesOn(), line.timeZone());
    }

    public List<ReserveCallQueries.CallLine> getCalls() {
        return list;
    }
}
