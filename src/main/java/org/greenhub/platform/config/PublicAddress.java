package org.greenhub.platform.config;

import java.net.URI;
import java.util.Locale;

/**
 * GreenHub's public address ({@code GREENHUB_BASE_URL}) and what follows from it. Every absolute URL GreenHub hands out
 * is built from it, never from the {@code Host} (or {@code X-Forwarded-Host}) header a request happens to carry, and the
 * API tells requests from GreenHub's own pages from other sites' by it. GreenHub is the whole site (context root
 * {@code /}), so a path inside it is appended to the base URL as it is.
 */
public final class PublicAddress {

    private final String scheme;
    private final String host;
    private final int port;
    /** The base URL without its trailing slash: "https://greenhub.example.org" or "https://example.org/greenhub". */
    private final String root;

    private final String path;

    private PublicAddress(URI base) {
        this.scheme = base.getScheme().toLowerCase(Locale.ROOT);
        this.host = base.getHost().toLowerCase(Locale.ROOT);
        this.port = base.getPort() >= 0 ? base.getPort() : defaultPort(scheme);
        String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        this.path = basePath;
        this.root = origin() + basePath;
    }

    /** Reads a base URL such as {@code https://greenhub.example.org/}; refuses anything but an absolute http(s) URL. */
    public static PublicAddress of(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("GREENHUB_BASE_URL is not a URL: " + baseUrl, e);
        }
        if (uri.getScheme() == null
                || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("GREENHUB_BASE_URL must be an absolute http(s) URL: " + baseUrl);
        }
        return new PublicAddress(uri);
    }

    /** What browsers send as {@code Origin} from GreenHub's pages: scheme, host and (when not the default) port. */
    public String origin() {
        return scheme + "://" + host + (port == defaultPort(scheme) ? "" : ":" + port);
    }

    /** The absolute URL of a path inside GreenHub ({@code /account/signin.xhtml?next=x} or without the slash). */
    public String url(String pathInside) {
        return root + (pathInside.startsWith("/") ? pathInside : "/" + pathInside);
    }

    /**
     * A {@code Location} header as GreenHub may send it. A path, or a URL at the host the request was addressed to
     * ({@code requestHost}: what the container took from {@code Host} or {@code X-Forwarded-Host}), becomes a URL at
     * the public address; a URL at another site stays as it is.
     */
    public String rebase(String location, String requestHost) {
        if (location == null || location.isEmpty()) {
            return location;
        }
        if (location.startsWith("/") && !location.startsWith("//")) {
            return url(location);
        }
        int schemeEnd = location.indexOf("://");
        boolean absolute = schemeEnd > 0 && location.substring(0, schemeEnd).matches("[A-Za-z][A-Za-z0-9+.-]*");
        if (!absolute && !location.startsWith("//")) {
            return location;
        }
        int authorityStart = absolute ? schemeEnd + 3 : 2;
        int authorityEnd = authorityStart;
        while (authorityEnd < location.length() && "/?#".indexOf(location.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = location.substring(authorityStart, authorityEnd);
        if (requestHost == null || !sameAuthority(authority, requestHost)) {
            return location;
        }
        String rest = location.substring(authorityEnd);
        return rest.startsWith("/") ? url(rest) : root + "/" + rest;
    }

    /** Whether an {@code Origin} header names GreenHub's public origin (the literal {@code null} never does). */
    public boolean isOrigin(String originHeader) {
        if (originHeader == null) {
            return false;
        }
        try {
            URI origin = URI.create(originHeader.trim());
            if (origin.getScheme() == null || origin.getHost() == null) {
                return false;
            }
            String otherScheme = origin.getScheme().toLowerCase(Locale.ROOT);
            int otherPort = origin.getPort() >= 0 ? origin.getPort() : defaultPort(otherScheme);
            return scheme.equals(otherScheme)
                    && host.equals(origin.getHost().toLowerCase(Locale.ROOT))
                    && port == otherPort;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a {@code Referer} header is a page of GreenHub: at the public origin and below the base URL's path. */
    public boolean isPageOf(String referer) {
        if (referer == null) {
            return false;
        }
        try {
            URI page = URI.create(referer.trim());
            if (page.getScheme() == null || page.getHost() == null) {
                return false;
            }
            String origin =
                    page.getScheme() + "://" + page.getHost() + (page.getPort() >= 0 ? ":" + page.getPort() : "");
            String pagePath = page.getRawPath() == null ? "" : page.getRawPath();
            return isOrigin(origin) && (path.isEmpty() || pagePath.equals(path) || pagePath.startsWith(path + "/"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Host and port compared without case, a missing port being the scheme's default (either of 80 and 443). */
    private static boolean sameAuthority(String a, String b) {
        return withoutDefaultPort(a).equalsIgnoreCase(withoutDefaultPort(b));
    }

    private static String withoutDefaultPort(String authority) {
        String plain = authority.contains("@") ? authority.substring(authority.lastIndexOf('@') + 1) : authority;
        if (plain.endsWith(":80")) {
            return plain.substring(0, plain.length() - 3);
        }
        if (plain.endsWith(":443")) {
            return plain.substring(0, plain.length() - 4);
        }
        return plain;
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    @Override
    public String toString() {
        return root + "/";
    }
}
