package org.greenhub.evaluation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.greenhub.evaluation.application.DocumentDownloads;
import org.greenhub.platform.api.FileResponses;

/**
 * Downloads a subject's document: {@code GET /api/evaluation/documents/{id}}, or shows it in the scoring page:
 * {@code GET /api/evaluation/documents/{id}/preview}. Permissions are checked by
 * {@link DocumentDownloads} (401 when not signed in, 404 for anyone who may not read it); the file leaves like every
 * other upload ({@link FileResponses}).
 */
@Path("/evaluation/documents")
public class DocumentResource {

    @Inject
    DocumentDownloads downloads;

    @GET
    @Path("/{id}")
    public Response download(@PathParam("id") long id) {
        return FileResponses.privateDownload(downloads.open(id));
    }

    /** The same file shown in the judge's scoring page (a PDF in a frame, an image); 404 to anyone not judging it now. */
    @GET
    @Path("/{id}/preview")
    public Response preview(@PathParam("id") long id) {
        return FileResponses.inlinePreview(downloads.preview(id));
    }
}
