package org.greenhub.alliance.api;

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
import org.greenhub.alliance.application.AllianceDocuments;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.FileResponses;
import org.greenhub.platform.files.FileStore;

/**
 * {@code GET /api/alliance/documents/{id}}: an alliance's charter or agreement template (anyone), or a member's signed
 * agreement (its people and the alliance's coordinators; 401 when not signed in, 404 for everyone else).
 */
@Path("/alliance/documents")
@Tag(name = ApiDocs.TAG_ALLIANCE)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class AllianceDocumentResource {

    @Inject
    AllianceDocuments documents;

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Download an alliance document",
            description =
                    "An alliance's charter or agreement template (anyone may read it, signed in or not), or a member's signed agreement (its organisation's people and the alliance's coordinators; 401 when not signed in, 404 for anyone else).")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The document's id.", example = "7")
    @APIResponse(responseCode = "200", ref = ApiDocs.FILE)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response download(@PathParam("id") long id) {
        FileStore.Download download = documents.open(id);
        return FileResponses.privateDownload(download);
    }
}
