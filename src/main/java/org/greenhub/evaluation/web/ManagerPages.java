package org.greenhub.evaluation.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.greenhub.platform.error.DomainException;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the round pages for programme managers share: answering a refused page as the rest of the app, number text. */
final class ManagerPages {

    private ManagerPages() {
    }

    /** Unknown round: 404; not a manager: 403; not signed in: the sign-in page, back here afterwards. */
    static void refuse(DomainException refusal) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (refusal.kind() == DomainException.Kind.UNAUTHENTICATED) {
            String path = external.getRequestServletPath() + (external.getRequestPathInfo() == null ? "" : external.getRequestPathInfo());
            Object query = external.getRequestMap().get("jakarta.servlet.forward.query_string");
            String target = path + "?" + (query == null ? queryOf(external) : query);
            external.redirect(external.getRequestContextPath() + "/account/signin.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        } else {
            external.responseSendError(refusal.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404, null);
        }
        faces.responseComplete();
    }

    private static String queryOf(ExternalContext external) {
        Object request = external.getRequest();
        if (request instanceof jakarta.servlet.http.HttpServletRequest http && http.getQueryString() != null) {
            return http.getQueryString();
        }
        return "";
    }

    /** A figure as people read it: at most four decimals, no trailing zeros, no exponent. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
