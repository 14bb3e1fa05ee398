package org.greenhub.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * Script, style, font and image URLs carry a stamp of the build ({@code ?ln=primefaces&b=3f9c0a17d2}) instead of the
 * PrimeFaces version ({@code v=15.0.13}, switched off by {@code primefaces.HIDE_RESOURCE_VERSION}): browsers still
 * fetch everything again after an upgrade, and nobody reads the library versions off the pages. The stamp is a hash
 * of {@code greenhub-build.properties} (version and build time, filled in by the build), so every node of one build
 * serves the same URLs. Registered in faces-config.xml; it wraps the PrimeFaces handler, so it also stamps the URLs
 * inside PrimeFaces' style sheets.
 *
 * <p>Because a new build changes every URL, a resource asked for with this build's stamp never changes under its URL:
 * browsers and proxies may keep it for a year without asking again ({@link #IMMUTABLE}; issue 17, each page load
 * otherwise revalidated two dozen scripts and styles). Any other resource request (no stamp, another build's stamp,
 * PrimeFaces' dynamic content) must be revalidated each time ({@link #REVALIDATE}), so an old page never pins a file.
 */
public class BuildStampedResources extends ResourceHandlerWrapper {

    /** The query parameter carrying the stamp. */
    public static final String PARAMETER = "b";

    /** For a resource under this build's stamp: its URL will never serve anything else. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** For every other resource request: keep it, but ask (ETag, Last-Modified) before using it again. */
    public static final String REVALIDATE = "no-cache";

    private static final String CACHE_CONTROL = "Cache-Control";

    /** PrimeFaces' parameter naming dynamic content (a chart image, a streamed file): never the same twice. */
    private static final String DYNAMIC_CONTENT = "pfdrid";

    private final String stamp;

    public BuildStampedResources(ResourceHandler wrapped) {
        super(wrapped);
        this.stamp = stamp(buildDescription());
    }

    @Override
    public Resource createResource(String resourceName) {
        return stamped(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return stamped(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return stamped(super.createResource(resourceName, libraryName, contentType));
    }

    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        external.setResponseHeader(CACHE_CONTROL, cacheControl(external.getRequestParameterMap(), stamp));
        super.handleResourceRequest(context);
        // A resource that does not exist under this build must not be remembered as missing for a year.
        if (external.getResponse() instanceof HttpServletResponse response
                && response.getStatus() >= 400
                && !response.isCommitted()) {
            response.setHeader(CACHE_CONTROL, REVALIDATE);
        }
    }

    /** The Cache-Control of a resource request with these parameters, when the build's stamp is {@code stamp}. */
    static String cacheControl(Map<String, String> parameters, String stamp) {
        return stamp.equals(parameters.get(PARAMETER)) && !parameters.containsKey(DYNAMIC_CONTENT)
                ? IMMUTABLE
                : REVALIDATE;
    }

    private Resource stamped(Resource resource) {
        return resource == null ? null : new Stamped(resource, stamp);
    }

    /** The first ten hex digits of the description's SHA-256: opaque, and stable for one build. */
    static String stamp(String buildDescription) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(buildDescription.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String buildDescription() {
        try (InputStream in = BuildStampedResources.class.getResourceAsStream("/greenhub-build.properties")) {
            if (in == null) {
                return "unbuilt";
            }
            Properties build = new Properties();
            build.load(in);
            return build.getProperty("version", "") + " " + build.getProperty("time", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Stamped extends ResourceWrapper {

        private final String stamp;

        Stamped(Resource wrapped, String stamp) {
            super(wrapped);
            this.stamp = stamp;
        }

        /**
         * Mojarra writes these headers when it sends the resource, its own {@code Cache-Control: max-age=604800}
         * among them: ours replaces it (a copy, as Mojarra may keep its map).
         */
        @Override
        public Map<String, String> getResponseHeaders() {
            Map<String, String> given = super.getResponseHeaders();
            Map<String, String> headers = given == null ? new HashMap<>() : new HashMap<>(given);
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null) {
                headers.put(
                        CACHE_CONTROL, cacheControl(context.getExternalContext().getRequestParameterMap(), stamp));
            }
            return headers;
        }

        @Override
        public String getRequestPath() {
            String path = super.getRequestPath();
            return path + (path.contains("?") ? "&" : "?") + PARAMETER + "=" + stamp;
        }
    }
}
