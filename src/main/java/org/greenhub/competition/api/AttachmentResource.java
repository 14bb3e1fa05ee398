package org.greenhub.competition.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.greenhub.competition.application.EntryAttachments;
import org.greenhub.platform.files.FileStore;

/**
 * Downloads an entry's attachment: {@code GET /api/competition/attachments/{id}}. 401 when not signed in; 404 for
 * anyone who may not read the entry (its organisation's people, its edition's managers, its assigned judges), exactly
 * as for an id that does not exist. Always an attachment, never sniffed or rendered inline.
 */
@Path("/competition/attachments")
public class AttachmentResource {

    @Inject
    EntryAttachments attachments;

    @GET
    @Path("/{id}")
    public Response download(@PathParam("id") long id) {
        FileStore.Download download = attachments.download(id);
        return org.greenhub.platform.api.FileResponses.privateDownload(download);
    }
}
