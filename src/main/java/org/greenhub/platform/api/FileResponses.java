package org.greenhub.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.greenhub.platform.files.ContentDisposition;
import org.greenhub.platform.files.FileStore;

/**
 * How every uploaded file leaves GreenHub once its feature has checked the caller may read it: always as a download
 * (never rendered inline), with a safe name, no content sniffing, no caching by shared proxies, and a sandbox in case a
 * browser opens it anyway.
 */
public final class FileResponses {

    private FileResponses() {
    }

    public static Response privateDownload(FileStore.Download download) {
        return Response.ok(download.content(), MediaType.valueOf(download.contentType()))
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }
}
