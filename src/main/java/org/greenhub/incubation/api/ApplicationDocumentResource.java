package org.greenhub.incubation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.greenhub.incubation.application.ApplicationDocuments;
import org.greenhub.platform.api.FileResponses;
import org.greenhub.platform.files.FileStore;

/**
 * {@code GET /api/incubation/applications/{id}/business-plan}: the application's business plan, for the start-up's
 * people and the incubator's managers (401 when not signed in, 404 for anybody else). Always an attachment.
 */
@Path("/incubation/applications")
public class ApplicationDocumentResource {

    @Inject
    ApplicationDocuments documents;

    @GET
    @Path("/{id}/business-plan")
    public Response businessPlan(@PathParam("id") long id) {
        FileStore.Download download = documents.businessPlan(id);
        return FileResponses.privateDownload(download);
    }
}
