package org.greenhub.evaluation.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.greenhub.platform.error.DomainException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How the judges' pages answer a refusal while loading: sign in first, otherwise the 404 page, as for nothing there. */
final class JudgePages {

    private JudgePages() {
    }

    static void refuse(DomainException refusal) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (refusal.kind() == DomainException.Kind.UNAUTHENTICATED) {
            String here = external.getRequestServletPath() + (external.getRequestPathInfo() == null ? "" : external.getRequestPathInfo());
            Object query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
            String next = query == null ? here : here + "?" + query;
            external.redirect(external.getRequestContextPath() + "/account/signin.xhtml?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        } else {
            external.responseSendError(404, null);
        }
        faces.responseComplete();
    }
}
