package org.greenhub.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.greenhub.platform.error.DomainException;

/**
 * How every page answers a refused load, the same in every feature: not signed in goes to the sign-in page and comes
 * back here afterwards; forbidden is 403; anything else (unknown, or someone else's record) is 404, so nothing leaks.
 */
public final class PageRefusals {

    private PageRefusals() {}

    public static void refuse(DomainException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            if (refusal.kind() == DomainException.Kind.UNAUTHENTICATED) {
                external.redirect(external.getRequestContextPath() + "/account/signin.xhtml?next="
                        + URLEncoder.encode(currentPage(external), StandardCharsets.UTF_8));
            } else {
                external.responseSendError(refusal.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** As {@link #refuse}, but a record the caller may not see is answered 404 like an unknown one (nothing leaks). */
    public static void refuseHidingForbidden(DomainException refusal) {
        refuse(refusal.kind() == DomainException.Kind.FORBIDDEN ? DomainException.notFound() : refusal);
    }

    /** The page asked for, with its query (also behind a forward, where the original query is a request attribute). */
    private static String currentPage(ExternalContext external) {
        String path = external.getRequestServletPath()
                + (external.getRequestPathInfo() == null ? "" : external.getRequestPathInfo());
        Object forwarded = external.getRequestMap().get("jakarta.servlet.forward.query_string");
        String query = forwarded != null
                ? forwarded.toString()
                : external.getRequest() instanceof jakarta.servlet.http.HttpServletRequest http
                        ? http.getQueryString()
                        : null;
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }
}
