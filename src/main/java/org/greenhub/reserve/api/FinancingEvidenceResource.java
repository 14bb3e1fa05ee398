package org.greenhub.reserve.api;

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
import org.greenhub.reserve.application.ProjectFinancing;

/** A financing part's evidence file, for whoever may read the project's financing (others: 404). */
@Path("/reserve/projects/{project}/financing/{financing}/evidence")
@Tag(name = ApiDocs.TAG_RESERVE)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class FinancingEvidenceResource {

    @Inject
    ProjectFinancing financing;

    @GET
    @Operation(
            summary = "Download a financing part's evidence file",
            description =
                    "The evidence file of one part of a project's financing (a loan agreement, a grant decision), for whoever may read the project's financing. Anyone else gets 404.")
    @Parameter(name = "project", in = ParameterIn.PATH, description = "The project's id.", example = "23")
    @Parameter(name = "financing", in = ParameterIn.PATH, description = "The financing part's id.", example = "4")
    @APIResponse(responseCode = "200", ref = ApiDocs.FILE)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response download(@PathParam("project") long project, @PathParam("financing") long part) {
        return FileResponses.privateDownload(financing.evidence(project, part));
    }
}
