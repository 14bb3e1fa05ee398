package org.greenhub.competition.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.greenhub.platform.i18n.Language;

/** What the competition pages share: a load that answers 404 for what may not be seen, times shown with their zone, file downloads. */
final class CompetitionPages {

    private CompetitionPages() {}

    /** Runs a page's load for the id in its address; a missing id or any refusal (not found, not allowed) answers 404. */
    static void loadOr404(Long id, Runnable load) {
        try {
            if (id == null) {
                throw org.greenhub.platform.error.DomainException.notFound();
            }
            load.run();
        } catch (org.greenhub.platform.error.DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(org.greenhub.platform.error.DomainException.notFound());
        }
    }

    static String time(Instant instant, String zone) {
        return org.greenhub.platform.web.TimeText.of(instant, zone);
    }

    /** Track codes in the order of the green focus areas (the policy's order), unknown codes last. */
    static java.util.List<String> tracks(java.util.Collection<String> codes) {
        java.util.List<String> order = java.util.Arrays.stream(
                        org.greenhub.organisation.domain.green.GreenFocusArea.values())
                .map(Enum::name)
                .toList();
        return codes.stream()
                .sorted(java.util.Comparator.comparingInt(
                                (String c) -> order.indexOf(c) < 0 ? Integer.MAX_VALUE : order.indexOf(c))
                        .thenComparing(c -> c))
                .toList();
    }

    static Language language(org.greenhub.platform.i18n.LocaleSelector selector) {
        return Language.of(selector.getLocale());
    }

    /**
     * Sends a generated file (the entries export) from a Faces action with the same headers as
     * {@link org.greenhub.platform.api.FileResponses#privateDownload}: attachment, nosniff, private no-store, sandbox.
     */
    static void send(String fileName, String contentType, byte[] content) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader(
                "Content-Disposition", org.greenhub.platform.files.ContentDisposition.attachment(fileName));
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseHeader("Cache-Control", "private, no-store");
        external.setResponseHeader(
                "Content-Security-Policy", org.greenhub.platform.web.SecurityHeaders.DOWNLOAD_POLICY);
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
