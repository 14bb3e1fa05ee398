package org.greenhub.zone.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.greenhub.platform.api.FileResponses;
import org.greenhub.zone.application.DeclarationEvidenceFiles;

/** {@code GET /api/zone/declaration-evidence/{id}}: an evidence file, for its enterprise and its zone only (404). */
@Path("/zone/declaration-evidence")
public class DeclarationEvidenceResource {

    @Inject
    DeclarationEvidenceFiles evidence;

    @GET
    @Path("/{id}")
    public Response download(@PathParam("id") long id) {
        return FileResponses.privateDownload(evidence.download(id));
    }
}
