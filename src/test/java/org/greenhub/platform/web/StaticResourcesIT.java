package org.greenhub.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, as a browser meets it: scripts, styles and images under this build's stamp are kept for a year and never
 * asked for again; anything else is revalidated; pages, style sheets, scripts and large JSON arrive gzip-compressed
 * when the client accepts it (and decompress to exactly what an uncompressed answer holds), small answers and images
 * do not; every answer says that it varies with Accept-Encoding. The compression is Undertow's, configured by
 * wildfly-config/scripts/configure-server.cli in the server these tests run on.
 */
class StaticResourcesIT extends HttpTest {

    private static final Pattern RESOURCE_URL = Pattern.compile("/jakarta\\.faces\\.resource/[^\"')\\s]+");
    private static final Pattern VIEW_STATE = Pattern.compile("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<byte[]> get(String path, boolean acceptGzip) {
        URI uri = URI.create(base.toString()).resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (acceptGzip) {
            request.header("Accept-Encoding", "gzip");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return String.join(", ", response.headers().allValues(name));
    }

    private static boolean gzipped(HttpResponse<?> response) {
        return "gzip".equalsIgnoreCase(header(response, "Content-Encoding"));
    }

    private static void assertVariesWithEncoding(HttpResponse<?> response) {
        assertTrue(
                header(response, "Vary").toLowerCase().contains("accept-encoding"),
                "Vary on " + response.uri() + ": " + header(response, "Vary"));
    }

    private static byte[] gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> resourceUrls(String page) {
        HttpResponse<byte[]> response = get(page, false);
        assertEquals(200, response.statusCode());
        Set<String> urls = new LinkedHashSet<>();
        Matcher matcher = RESOURCE_URL.matcher(new String(response.body(), StandardCharsets.UTF_8));
        while (matcher.find()) {
            urls.add(matcher.group().replace("&amp;", "&"));
        }
        assertTrue(urls.size() > 3, "the page's scripts and styles: " + urls);
        return urls;
    }

    private static String withStamp(String url, String stamp) {
        return url.replaceFirst("([?&]" + BuildStampedResources.PARAMETER + "=)[0-9a-f]+", "$1" + stamp);
    }

    @Test
    void scriptsStylesAndImagesUnderTheBuildsStampAreKeptForAYear() {
        Set<String> urls = resourceUrls("account/signin.xhtml");
        for (String url : urls) {
            assertTrue(
                    url.contains(BuildStampedResources.PARAMETER + "="),
                    "every resource URL carries the stamp: " + url);
            HttpResponse<byte[]> response = get(url, true);
            assertEquals(200, response.statusCode(), url);
            assertEquals(BuildStampedResources.IMMUTABLE, header(response, "Cache-Control"), url);
            assertVariesWithEncoding(response);
        }
    }

    @Test
    void aResourceAskedForWithAnotherBuildsStampOrNoneIsRevalidated() {
        String script = resourceUrls("account/signin.xhtml").stream()
                .filter(u -> u.contains(".js"))
                .findFirst()
                .orElseThrow();
        HttpResponse<byte[]> otherBuild = get(withStamp(script, "0000000000"), false);
        assertEquals(200, otherBuild.statusCode());
        assertEquals(BuildStampedResources.REVALIDATE, header(otherBuild, "Cache-Control"));
        HttpResponse<byte[]> unstamped = get(script.replaceFirst("[?&]b=[0-9a-f]+", ""), false);
        assertEquals(200, unstamped.statusCode());
        assertEquals(BuildStampedResources.REVALIDATE, header(unstamped, "Cache-Control"));

        HttpResponse<byte[]> missing =
                get("jakarta.faces.resource/no-such-file.js.xhtml?ln=greenhub&b=" + stampOf(script), false);
        assertEquals(404, missing.statusCode());
        assertFalse(header(missing, "Cache-Control").contains("immutable"), "a missing file is not remembered");
    }

    private static String stampOf(String url) {
        Matcher stamp = Pattern.compile("[?&]b=([0-9a-f]+)").matcher(url);
        assertTrue(stamp.find(), url);
        return stamp.group(1);
    }

    @Test
    void stylesAndScriptsArriveCompressedAndDecompressToTheSameBytesImagesDoNot() {
        Set<String> urls = resourceUrls("account/signin.xhtml");
        int compressed = 0;
        long plainBytes = 0;
        long gzipBytes = 0;
        for (String url : urls) {
            if (!url.contains(".css") && !url.contains(".js")) {
                continue;
            }
            HttpResponse<byte[]> plain = get(url, false);
            HttpResponse<byte[]> gzip = get(url, true);
            assertFalse(gzipped(plain), "only to clients that accept gzip: " + url);
            if (plain.body().length < 1024) {
                assertFalse(gzipped(gzip), "small files are sent as they are: " + url);
                continue;
            }
            assertTrue(
                    gzipped(gzip), "compressed: " + url + " " + gzip.headers().map());
            assertArrayEquals(plain.body(), gunzip(gzip.body()), url);
            assertTrue(gzip.body().length < plain.body().length, url);
            compressed++;
            plainBytes += plain.body().length;
            gzipBytes += gzip.body().length;
        }
        System.out.printf(
                "Scripts and styles of the sign-in page: %d files compressed, %d bytes plain, %d bytes gzip%n",
                compressed, plainBytes, gzipBytes);
        assertTrue(compressed >= 2, "PrimeFaces' script and style sheet at least: " + compressed);

        String png = urls.stream().filter(u -> u.contains(".png")).findFirst().orElseThrow();
        HttpResponse<byte[]> image = get(png, true);
        assertEquals(200, image.statusCode());
        assertTrue(header(image, "Content-Type").startsWith("image/png"), header(image, "Content-Type"));
        assertFalse(gzipped(image), "a PNG is compressed already");
    }

    @Test
    void aPageArrivesCompressedAndDecompressesToTheSameHtml() {
        HttpResponse<byte[]> plain = get("account/signin.xhtml", false);
        HttpResponse<byte[]> gzip = get("account/signin.xhtml", true);
        assertEquals(200, gzip.statusCode());
        assertFalse(gzipped(plain));
        assertTrue(gzipped(gzip), gzip.headers().map().toString());
        assertTrue(header(gzip, "Content-Type").startsWith("text/html"), header(gzip, "Content-Type"));
        assertVariesWithEncoding(gzip);
        assertVariesWithEncoding(plain);
        byte[] html = gunzip(gzip.body());
        System.out.printf(
                "Sign-in page: %d bytes as HTML, %d bytes gzip-compressed%n", html.length, gzip.body().length);
        assertTrue(gzip.body().length * 3 < html.length, "at least three times smaller");
        // the same page but for what differs on every request: the CSP nonce and the view state
        assertEquals(comparable(withBody(plain, plain.body())), comparable(withBody(gzip, html)));
    }

    @Test
    void anAjaxPartialResponseArrivesCompressed() throws Exception {
        // one session: the view state lives on the server
        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        URI page = URI.create(base.toString()).resolve("account/signin.xhtml");
        HttpResponse<String> form =
                browser.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        Matcher nonce =
                Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(form.body());
        assertTrue(viewState.find() && nonce.find(), "the sign-in form and its nonce");
        String body = String.join(
                "&",
                "jakarta.faces.partial.ajax=true",
                "jakarta.faces.source=signInForm",
                "jakarta.faces.partial.execute=%40none",
                "jakarta.faces.partial.render=%40all",
                "signInForm=signInForm",
                "jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8),
                "primefaces.nonce=" + java.net.URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8));
        HttpResponse<byte[]> partial = browser.send(
                HttpRequest.newBuilder(page)
                        .header("Faces-Request", "partial/ajax")
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Accept-Encoding", "gzip")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, partial.statusCode());
        assertTrue(header(partial, "Content-Type").startsWith("text/xml"), header(partial, "Content-Type"));
        assertTrue(gzipped(partial), partial.headers().map().toString());
        assertVariesWithEncoding(partial);
        String xml = new String(gunzip(partial.body()), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<partial-response") && xml.contains("signInForm"), xml);
        assertFalse(xml.contains("<error>"), xml);
        System.out.printf(
                "Partial response (the sign-in page re-rendered): %d bytes as XML, %d gzip-compressed%n",
                xml.getBytes(StandardCharsets.UTF_8).length, partial.body().length);
    }

    @Test
    void largeJsonIsCompressedSmallAnswersAreNot() {
        HttpResponse<byte[]> openApi = get("openapi?format=JSON", true);
        assertEquals(200, openApi.statusCode());
        assertTrue(
                gzipped(openApi), "the OpenAPI document, " + openApi.headers().map());
        assertVariesWithEncoding(openApi);
        String json = new String(gunzip(openApi.body()), StandardCharsets.UTF_8);
        assertTrue(
                json.startsWith("{") && json.contains("\"openapi\""), json.substring(0, Math.min(200, json.length())));

        HttpResponse<byte[]> health = get("api/health", true);
        assertEquals(200, health.statusCode());
        assertTrue(health.body().length < 1024, "a short answer");
        assertFalse(gzipped(health), "below the threshold: sent as it is");
        assertVariesWithEncoding(health);
    }

    private record Page(String csp, String html) {}

    private static Page withBody(HttpResponse<byte[]> response, byte[] html) {
        return new Page(header(response, "Content-Security-Policy"), new String(html, StandardCharsets.UTF_8));
    }

    private static String comparable(Page page) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(page.csp());
        assertTrue(nonce.find(), page.csp());
        String html = page.html().replace(nonce.group(1), "NONCE");
        return VIEW_STATE.matcher(html).replaceAll("$1VIEW-STATE");
    }
}
