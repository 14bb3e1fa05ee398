package org.greenhub.zone.api;

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
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.FileResponses;
import org.greenhub.zone.application.DeclarationEvidenceFiles;

/** {@code GET /api/zone/declaration-evidence/{id}}: an evidence file, for its enterprise and its zone only (404). */
@Path("/zone/declaration-evidence")
@Tag(name = ApiDocs.TAG_ZONE)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class DeclarationEvidenceResource {

    @Inject
    DeclarationEvidenceFiles evidence;

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Download a declaration's evidence file",
            description =
                    "An evidence file of an annual declaration, for the declaring enterprise's people and its zone's administrators. Anyone else gets 404.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The evidence file's id.", example = "12")
    @APIResponse(responseCode = "200", ref = ApiDocs.FILE)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response download(@PathParam("id") long id) {
        return FileResponses.privateDownload(evidence.download(id));
    }
}
