package org.greenhub.competition.award.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.greenhub.platform.error.DomainException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How the awards and public pages answer a refused page load, as the rest of the application does: unknown or not
 * yours: 404; forbidden: 403; not signed in: the sign-in page, coming back here afterwards.
 */
public final class PageRefusal {

    private PageRefusal() {
    }

    public static void refuse(DomainException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            if (refusal.kind() == DomainException.Kind.UNAUTHENTICATED) {
                String path = external.getRequestServletPath();
                Object request = external.getRequest();
                String query = request instanceof jakarta.servlet.http.HttpServletRequest http && http.getQueryString() != null
                        ? "?" + http.getQueryString() : "";
                external.redirect(external.getRequestContextPath() + "/account/signin.xhtml?next="
                        + URLEncoder.encode(path + query, StandardCharsets.UTF_8));
            } else {
                external.responseSendError(refusal.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
