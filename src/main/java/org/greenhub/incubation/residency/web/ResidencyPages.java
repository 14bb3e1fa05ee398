package org.greenhub.incubation.residency.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.greenhub.platform.error.DomainException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How a residency page answers a refused load: sign-in first when anonymous, else 404 (or 403) like any other page. */
final class ResidencyPages {

    private ResidencyPages() {
    }

    static void refuse(DomainException refusal) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (refusal.kind() == DomainException.Kind.UNAUTHENTICATED) {
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String target = request.getServletPath() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            external.redirect(external.getRequestContextPath() + "/account/signin.xhtml?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        } else {
            external.responseSendError(refusal.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404, null);
        }
        faces.responseComplete();
    }
}
