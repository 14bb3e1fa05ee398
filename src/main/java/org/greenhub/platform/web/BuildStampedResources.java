package org.greenhub.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Script, style, font and image URLs carry a stamp of the build ({@code ?ln=primefaces&b=3f9c0a17d2}) instead of the
 * PrimeFaces version ({@code v=15.0.13}, switched off by {@code primefaces.HIDE_RESOURCE_VERSION}): browsers still
 * fetch everything again after an upgrade, and nobody reads the library versions off the pages. The stamp is a hash
 * of {@code greenhub-build.properties} (version and build time, filled in by the build), so every node of one build
 * serves the same URLs. Registered in faces-config.xml; it wraps the PrimeFaces handler, so it also stamps the URLs
 * inside PrimeFaces' style sheets.
 */
public class BuildStampedResources extends ResourceHandlerWrapper {

    /** The query parameter carrying the stamp. */
    public static final String PARAMETER = "b";

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

        @Override
        public String getRequestPath() {
            String path = super.getRequestPath();
            return path + (path.contains("?") ? "&" : "?") + PARAMETER + "=" + stamp;
        }
    }
}
