package org.greenhub.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.greenhub.platform.files.ContentDisposition;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.web.SecurityHeaders;

/**
 * How every uploaded file leaves GreenHub once its feature has checked the caller may read it: always as a download
 * (never rendered inline), with a safe name, no content sniffing, no caching by shared proxies, and a sandbox in case a
 * browser opens it anyway ({@link SecurityHeaders#DOWNLOAD_POLICY}).
 */
public final class FileResponses {

    private FileResponses() {}

    public static Response privateDownload(FileStore.Download download) {
        return Response.ok(download.content(), mediaType(download.contentType()))
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", SecurityHeaders.DOWNLOAD_POLICY)
                .build();
    }

    /**
     * A checked PDF or picture shown inside a GreenHub page (the judge's scoring page): inline, but still sandboxed and
     * without scripts, and framable by GreenHub's own pages only ({@link SecurityHeaders#PREVIEW_POLICY}).
     */
    public static Response inlinePreview(FileStore.Download download) {
        return Response.ok(download.content(), mediaType(download.contentType()))
                .header("Content-Disposition", ContentDisposition.inline(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", SecurityHeaders.PREVIEW_POLICY)
                .build();
    }

    /** The stored type, or plain bytes when it is missing, malformed or a wildcard (never let a browser guess). */
    static MediaType mediaType(String stored) {
        try {
            MediaType type = MediaType.valueOf(stored);
            return type.isWildcardType() || type.isWildcardSubtype() ? MediaType.APPLICATION_OCTET_STREAM_TYPE : type;
        } catch (IllegalArgumentException | NullPointerException e) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }
}
