package org.greenhub.platform.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.config.PublicAddress;

/**
 * The headers every response of GreenHub carries, whatever produced it: a page, the API, a static file, the sign-in
 * mechanism's redirect, a container error. It is an Undertow servlet extension (registered in
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}) that wraps the whole deployment, outside security and
 * every filter, and sets the headers just before the response is committed:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy} and {@code Permissions-Policy} always;</li>
 * <li>{@code Strict-Transport-Security} when the request came over HTTPS (directly, or through a proxy with
 *     {@code GREENHUB_BEHIND_PROXY=true}, which makes {@code X-Forwarded-Proto} the request's scheme);</li>
 * <li>{@code Content-Security-Policy}: pages get theirs from PrimeFaces ({@code primefaces.CSP_POLICY} in web.xml, with
 *     a fresh nonce per page) and downloads {@link #DOWNLOAD_POLICY}; any response still without one gets
 *     {@link #DEFAULT_POLICY};</li>
 * <li>{@code Location} rebuilt from {@code GREENHUB_BASE_URL} ({@link PublicAddress#rebase}), since the container
 *     builds absolute redirect URLs from the request's {@code Host} header;</li>
 * <li>{@code Vary: Accept-Encoding} beside whatever else the response varies with (the API's {@code Origin}): Undertow
 *     gzip-compresses answers for clients that accept it ({@code wildfly-config/scripts/configure-server.cli}), and
 *     caches must not hand a compressed answer to a client that does not. Set here, at commit, because the API's
 *     own {@code Vary} replaces a header set before it.</li>
 * </ul>
 */
public final class SecurityHeaders implements ServletExtension {

    /** API answers, static files, redirects and container errors: nothing to load, nothing to frame. */
    public static final String DEFAULT_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** Uploaded files sent back: a sandbox without scripts or origin, in case a browser opens one anyway. */
    public static final String DOWNLOAD_POLICY = "sandbox; " + DEFAULT_POLICY;
    /** Uploaded files shown inside GreenHub's own pages: the same sandbox, framed by GreenHub only (not by other sites). */
    public static final String PREVIEW_POLICY =
            "sandbox; default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
    /** Full addresses (with record ids or mailed tokens) stay inside GreenHub; other sites get no Referer at all. */
    public static final String REFERRER_POLICY = "same-origin";
    /** Powerful browser features no GreenHub page uses. */
    public static final String PERMISSIONS_POLICY =
            "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
    /** One year; no includeSubDomains, as other hosts of the operator's domain are not GreenHub's to decide. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    static final String ACCEPT_ENCODING = "Accept-Encoding";
    static final HttpString CONTENT_SECURITY_POLICY = new HttpString("Content-Security-Policy");
    static final HttpString X_CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
    static final HttpString REFERRER_POLICY_HEADER = new HttpString("Referrer-Policy");
    static final HttpString PERMISSIONS_POLICY_HEADER = new HttpString("Permissions-Policy");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        // Read once, at deployment: like every setting, the base URL takes effect at the next start.
        PublicAddress address = new GreenHubConfig().publicAddress();
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(committing -> apply(committing, address));
            next.handleRequest(exchange);
        });
    }

    private static void apply(HttpServerExchange exchange, PublicAddress address) {
        apply(
                exchange.getResponseHeaders(),
                "https".equalsIgnoreCase(exchange.getRequestScheme()),
                exchange.getHostAndPort(),
                address);
    }

    /** Sets the headers on a response about to be sent for a request over {@code https} (or not) to {@code requestHost}. */
    static void apply(HeaderMap headers, boolean https, String requestHost, PublicAddress address) {
        headers.put(X_CONTENT_TYPE_OPTIONS, "nosniff");
        headers.put(REFERRER_POLICY_HEADER, REFERRER_POLICY);
        headers.put(PERMISSIONS_POLICY_HEADER, PERMISSIONS_POLICY);
        if (https) {
            headers.put(Headers.STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY);
        }
        if (!headers.contains(CONTENT_SECURITY_POLICY)) {
            headers.put(CONTENT_SECURITY_POLICY, DEFAULT_POLICY);
        }
        varyWithEncoding(headers);
        String location = headers.getFirst(Headers.LOCATION);
        if (location != null) {
            headers.put(Headers.LOCATION, address.rebase(location, requestHost));
        }
    }

    /** Adds Accept-Encoding to the response's Vary, unless it is there already (or Vary is "*"). */
    private static void varyWithEncoding(HeaderMap headers) {
        HeaderValues vary = headers.get(Headers.VARY);
        if (vary != null) {
            for (String value : vary) {
                for (String name : value.split(",")) {
                    String trimmed = name.trim();
                    if (trimmed.equals("*") || trimmed.equalsIgnoreCase(ACCEPT_ENCODING)) {
                        return;
                    }
                }
            }
        }
        headers.add(Headers.VARY, ACCEPT_ENCODING);
    }
}
