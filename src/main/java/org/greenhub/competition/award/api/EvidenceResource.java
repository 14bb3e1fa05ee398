package org.greenhub.competition.award.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.greenhub.competition.award.application.AwardQueries;
import org.greenhub.platform.files.FileStore;

/** An objection's evidence file, for the edition's managers and the objector (others: 404). */
@Path("/awards/objections/{objection}/evidence/{file}")
public class EvidenceResource {

    @Inject
    AwardQueries queries;

    @GET
    public Response download(@PathParam("objection") long objection, @PathParam("file") long file) {
        FileStore.Download download = queries.evidence(objection, file);
        return org.greenhub.platform.api.FileResponses.privateDownload(download);
    }
}
