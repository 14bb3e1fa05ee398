package org.greenhub.reserve.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.greenhub.platform.api.FileResponses;
import org.greenhub.reserve.application.ProjectEvidence;

/** A project's evidence file of one kind, for its owner, its call's managers and its reviewers (others: 404). */
@Path("/reserve/projects/{project}/evidence/{kind}")
public class ProjectEvidenceResource {

    @Inject
    ProjectEvidence evidence;

    @GET
    public Response download(@PathParam("project") long project, @PathParam("kind") String kind) {
        return FileResponses.privateDownload(evidence.download(project, kind));
    }
}
