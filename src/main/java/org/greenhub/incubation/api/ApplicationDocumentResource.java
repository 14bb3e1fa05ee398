package org.greenhub.incubation.api;

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
import org.greenhub.incubation.application.ApplicationDocuments;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.FileResponses;
import org.greenhub.platform.files.FileStore;

/**
 * {@code GET /api/incubation/applications/{id}/business-plan}: the application's business plan, for the start-up's
 * people and the incubator's managers (401 when not signed in, 404 for anybody else). Always an attachment.
 */
@Path("/incubation/applications")
@Tag(name = ApiDocs.TAG_INCUBATION)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class ApplicationDocumentResource {

    @Inject
    ApplicationDocuments documents;

    @GET
    @Path("/{id}/business-plan")
    @Operation(
            summary = "Download an application's business plan",
            description =
                    "The business plan of an incubator application, for the start-up's people and the incubator's managers. Anyone else gets 404.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The application's id.", example = "88")
    @APIResponse(responseCode = "200", ref = ApiDocs.FILE)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response businessPlan(@PathParam("id") long id) {
        FileStore.Download download = documents.businessPlan(id);
        return FileResponses.privateDownload(download);
    }
}
