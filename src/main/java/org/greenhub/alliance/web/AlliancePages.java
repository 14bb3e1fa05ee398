package org.greenhub.alliance.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** What the alliance pages share: redirects and downloads. */
final class AlliancePages {

    private AlliancePages() {}

    static void redirect(String path) {
        try {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static StreamedContent download(Supplier<org.greenhub.alliance.application.AllianceExports.Download> export) {
        var file = export.get();
        byte[] content = file.content();
        return DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(file.contentType())
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }
}
