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
import org.greenhub.reserve.application.ProjectEvidence;

/** A project's evidence file of one kind, for its owner, its call's managers and its reviewers (others: 404). */
@Path("/reserve/projects/{project}/evidence/{kind}")
@Tag(name = ApiDocs.TAG_RESERVE)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class ProjectEvidenceResource {

    @Inject
    ProjectEvidence evidence;

    @GET
    @Operation(
            summary = "Download a project's evidence file",
            description =
                    "A reserve project's evidence file of one kind, for the project's owner, its call's managers and its reviewers. Anyone else gets 404.")
    @Parameter(name = "project", in = ParameterIn.PATH, description = "The project's id.", example = "23")
    @Parameter(
            name = "kind",
            in = ParameterIn.PATH,
            description = "The kind of evidence, as the declaration page names it.",
            example = "FEASIBILITY_STUDY")
    @APIResponse(responseCode = "200", ref = ApiDocs.FILE)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response download(@PathParam("project") long project, @PathParam("kind") String kind) {
        return FileResponses.privateDownload(evidence.download(project, kind));
    }
}
