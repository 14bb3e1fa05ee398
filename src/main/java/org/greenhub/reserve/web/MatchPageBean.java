package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.LocalisedTime;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.Matching;

/** A match's thread ({@code /reserve/match.xhtml?id=}) for its two sides: answer (owners), write (both). */
@Named("matchPage")
@ViewScoped
public class MatchPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Matching matching;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    private Long id;
    private Matching.Thread thread;
    private String message;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            thread = matching.thread(id);
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    public void accept() {
        answer(true);
    }

    public void decline() {
        answer(false);
    }

    private void answer(boolean accept) {
        try {
            matching.answer(id, accept);
            messages.info(accept ? "reserve.match.accepted" : "reserve.match.declined");
            thread = matching.thread(id);
        } catch (DomainException refusal) {
            messages.error("threadForm", refusal);
        }
    }

    public void write() {
        try {
            matching.write(id, message);
            message = null;
            thread = matching.thread(id);
        } catch (DomainException refusal) {
            messages.error("threadForm", refusal);
        }
    }

    /** A moment in the reader's locale, zone named. */
    public String moment(Instant at) {
        return LocalisedTime.text(at, locale.getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Matching.Thread getThread() {
        return thread;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
