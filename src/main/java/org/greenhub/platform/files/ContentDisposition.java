package org.greenhub.platform.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A Content-Disposition header that cannot be abused: an ASCII fallback name with anything unusual replaced, and
 * the real name (any script) percent-encoded as RFC 5987/6266 {@code filename*}. Quotes, CR/LF and path parts never
 * reach the header.
 */
public final class ContentDisposition {

    private ContentDisposition() {}

    public static String attachment(String fileName) {
        return header("attachment", fileName);
    }

    public static String inline(String fileName) {
        return header("inline", fileName);
    }

    private static String header(String type, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName;
        name = name.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        if (ascii.isBlank() || ascii.startsWith(".")) {
            ascii = "download" + ascii;
        }
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
