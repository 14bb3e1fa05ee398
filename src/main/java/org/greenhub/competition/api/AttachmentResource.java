package org.greenhub.competition.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.competition.application.EntryAttachments;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.files.FileStore;

/**
 * Downloads an entry's attachment: {@code GET /api/competition/attachments/{id}}. 401 when not signed in; 404 for
 * anyone who may not read the entry (its organisation's people, its edition's managers, its assigned judges), exactly
 * as for an id that does not exist. Always an attachment, never sniffed or rendered inline.
 */
@Path("/competition/attachments")
@Tag(name = ApiDocs.TAG_COMPETITION)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class AttachmentResource {

    @Inject
    EntryAttachments attachments;

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Download an entry's attachment",
            description =
                    "An attachment of a competition entry, for its organisation's people, its edition's managers and its assigned judges. Anyone else gets 404, exactly as for an id that does not exist. Always sent as an attachment, never shown inline.")
    @Parameter(
            name = "id",
            in = ParameterIn.PATH,
            description = "The attachment's id, as the entry's page links it.",
            example = "1042")
    @APIResponse(responseCode = "200", ref = ApiDocs.FILE)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response download(@PathParam("id") long id) {
        FileStore.Download download = attachments.download(id);
        return org.greenhub.platform.api.FileResponses.privateDownload(download);
    }
}
