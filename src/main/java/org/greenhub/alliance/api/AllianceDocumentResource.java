package org.greenhub.alliance.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.greenhub.alliance.application.AllianceDocuments;
import org.greenhub.platform.api.FileResponses;
import org.greenhub.platform.files.FileStore;

/**
 * {@code GET /api/alliance/documents/{id}}: an alliance's charter or agreement template (anyone), or a member's signed
 * agreement (its people and the alliance's coordinators; 401 when not signed in, 404 for everyone else).
 */
@Path("/alliance/documents")
public class AllianceDocumentResource {

    @Inject
    AllianceDocuments documents;

    @GET
    @Path("/{id}")
    public Response download(@PathParam("id") long id) {
        FileStore.Download download = documents.open(id);
        return FileResponses.privateDownload(download);
    }
}
