package org.greenhub.evaluation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.greenhub.evaluation.application.DocumentDownloads;
import org.greenhub.evaluation.application.DocumentDownloads.Download;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Downloads a subject's document: {@code GET /api/evaluation/documents/{id}}. Permissions are checked by
 * {@link DocumentDownloads} (401 when not signed in, 404 for anyone who may not read it). Always an attachment, with
 * the stored content type and a file name that cannot break the header.
 */
@Path("/evaluation/documents")
public class DocumentResource {

    @Inject
    DocumentDownloads downloads;

    @GET
    @Path("/{id}")
    public Response download(@PathParam("id") long id) {
        Download download = downloads.open(id);
        return Response.ok(download.content(), mediaType(download.contentType()))
                .header("Content-Disposition", contentDisposition(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }

    static MediaType mediaType(String stored) {
        try {
            MediaType type = MediaType.valueOf(stored);
            return type.isWildcardType() || type.isWildcardSubtype() ? MediaType.APPLICATION_OCTET_STREAM_TYPE : type;
        } catch (IllegalArgumentException | NullPointerException e) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266 / RFC 8187). */
    static String contentDisposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
