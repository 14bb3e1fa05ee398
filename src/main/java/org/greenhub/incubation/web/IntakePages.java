package org.greenhub.incubation.web;

import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.greenhub.platform.error.DomainException;

/** What the incubation pages share: refusals beside their fields, the business plan's address, and moments as text. */
final class IntakePages {

    /** The zone the programmes run in; moments are shown in it, with the zone named. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private IntakePages() {}

    /** A refusal beside its field when the form has it, else at the top of the page. */
    static void error(org.greenhub.platform.i18n.FacesMessages messages, String formId, DomainException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refusal.field() != null
                && faces.getViewRoot().findComponent(":" + formId + ":" + refusal.field()) != null) {
            messages.error(formId, refusal);
        } else {
            messages.error(null, refusal.messageKey(), refusal.args());
            faces.validationFailed();
        }
    }

    /** Where the application's business plan downloads from (the API checks who may have it). */
    static String planUrl(long applicationId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/incubation/applications/" + applicationId + "/business-plan";
    }

    static String moment(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(ZONE)) + " (" + ZONE.getId() + ")";
    }

    static Instant toInstant(java.time.LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    static java.time.LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toLocalDateTime();
    }
}
