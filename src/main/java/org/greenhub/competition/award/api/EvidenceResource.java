package org.greenhub.competition.award.api;

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
import org.greenhub.competition.award.application.AwardQueries;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.files.FileStore;

/** An objection's evidence file, for the edition's managers and the objector (others: 404). */
@Path("/awards/objections/{objection}/evidence/{file}")
@Tag(name = ApiDocs.TAG_COMPETITION)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class EvidenceResource {

    @Inject
    AwardQueries queries;

    @GET
    @Operation(
            summary = "Download an objection's evidence file",
            description =
                    "A file attached to an objection against a proposed award, for the edition's managers and the person who objected. Anyone else gets 404.")
    @Parameter(name = "objection", in = ParameterIn.PATH, description = "The objection's id.", example = "17")
    @Parameter(
            name = "file",
            in = ParameterIn.PATH,
            description = "The evidence file's id within the objection.",
            example = "305")
    @APIResponse(responseCode = "200", ref = ApiDocs.FILE)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response download(@PathParam("objection") long objection, @PathParam("file") long file) {
        FileStore.Download download = queries.evidence(objection, file);
        return org.greenhub.platform.api.FileResponses.privateDownload(download);
    }
}
