package org.greenhub.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.application.exceptionhandler.ExceptionInfo;

/**
 * The incident id the error dialog and the error page show: the one of this request (Ajax), or the one PrimeFaces
 * kept in the session before redirecting to the error page (read once, so a later page never shows a stale id).
 */
@Named("incident")
@RequestScoped
public class IncidentView {

    private String id;
    private boolean looked;

    public String getId() {
        if (!looked) {
            looked = true;
            id = lookUp();
        }
        return id;
    }

    private static String lookUp() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        if (external.getRequestMap().get(IncidentExceptionHandler.INCIDENT_ATTRIBUTE) instanceof String current) {
            return current;
        }
        if (external.getSession(false) != null
                && external.getSessionMap().remove(ExceptionInfo.ATTRIBUTE_NAME) instanceof ExceptionInfo kept) {
            return kept.getMessage();
        }
        return null;
    }
}
