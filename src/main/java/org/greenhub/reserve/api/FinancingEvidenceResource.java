package org.greenhub.reserve.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.greenhub.platform.api.FileResponses;
import org.greenhub.reserve.application.ProjectFinancing;

/** A financing part's evidence file, for whoever may read the project's financing (others: 404). */
@Path("/reserve/projects/{project}/financing/{financing}/evidence")
public class FinancingEvidenceResource {

    @Inject
    ProjectFinancing financing;

    @GET
    public Response download(@PathParam("project") long project, @PathParam("financing") long part) {
        return FileResponses.privateDownload(financing.evidence(project, part));
    }
}
