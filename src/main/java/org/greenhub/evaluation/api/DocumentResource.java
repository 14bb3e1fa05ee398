package org.greenhub.evaluation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.evaluation.application.DocumentDownloads;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.FileResponses;

/**
 * Downloads a subject's document: {@code GET /api/evaluation/documents/{id}}, or shows it in the scoring page:
 * {@code GET /api/evaluation/documents/{id}/preview}. Permissions are checked by
 * {@link DocumentDownloads} (401 when not signed in, 404 for anyone who may not read it); the file leaves like every
 * other upload ({@link FileResponses}).
 */
@Path("/evaluation/documents")
@Tag(name = ApiDocs.TAG_EVALUATION)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class DocumentResource {

    @Inject
    DocumentDownloads downloads;

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Download a subject's document",
            description =
                    "A document of a subject under evaluation (an entry's or application's file), for those who may read the subject: its programme's managers and the judges assigned to it. Anyone else gets 404.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The document's id.", example = "311")
    @APIResponse(responseCode = "200", ref = ApiDocs.FILE)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response download(@PathParam("id") long id) {
        return FileResponses.privateDownload(downloads.open(id));
    }

    /** The same file shown in the judge's scoring page (a PDF in a frame, an image); 404 to anyone not judging it now. */
    @GET
    @Path("/{id}/preview")
    @Operation(
            summary = "Preview a subject's document for scoring",
            description =
                    "The same file shown inline inside the judge's scoring page (a PDF in a frame, an image), sandboxed and framable by GreenHub only. Answers only judges who may score the subject now (assigned, no conflict, the round open); anyone else gets 404.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The document's id.", example = "311")
    @APIResponse(
            responseCode = "200",
            description = "The file, inline, sandboxed (`Content-Security-Policy: sandbox`).",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "binary")))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response preview(@PathParam("id") long id) {
        return FileResponses.inlinePreview(downloads.preview(id));
    }
}
