package org.greenhub.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * HAProxy's own 503 ({@code wildfly-config/cluster/503.http}), the page people get when no GreenHub node can take their
 * request (both down, or still starting): a raw HTTP response HAProxy accepts, small enough for its buffer, telling
 * everyone in GreenHub's four languages, with the same headings as GreenHub's own 503 page, and fetching nothing from
 * the servers that are not there. ({@code ClusterFailoverIT} sees HAProxy serve it when the nodes stop.)
 */
class BalancerErrorPageTest {

    private static final Path ERROR_FILE = Path.of("wildfly-config/cluster/503.http");
    private static final Path CONFIGURATION = Path.of("wildfly-config/cluster/haproxy.cfg");
    /** HAProxy's default tune.bufsize (16 kB) less tune.maxrewrite (1 kB): a larger error file is refused. */
    private static final int HAPROXY_ROOM = 16384 - 1024;

    /** Each part's language (its {@code lang}) and the bundle whose 503 heading it must show. */
    private static final Map<String, Locale> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("en", Locale.ROOT);
        LANGUAGES.put("zh-CN", Locale.SIMPLIFIED_CHINESE);
        LANGUAGES.put("th", Locale.forLanguageTag("th"));
        LANGUAGES.put("vi", Locale.forLanguageTag("vi"));
    }

    private static final Pattern SECTION =
            Pattern.compile("<section lang=\"([^\"]+)\">\\s*<h1>([^<]+)</h1>\\s*<p>([^<]+)</p>\\s*</section>");

    @Test
    void isARawHttp503WithTheHeadersAPageNeedsInHAProxysRoom() throws IOException {
        byte[] bytes = Files.readAllBytes(ERROR_FILE);
        assertTrue(bytes.length < HAPROXY_ROOM, "HAProxy takes at most " + HAPROXY_ROOM + " bytes: " + bytes.length);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        assertTrue(end > 0, "the headers end with an empty line (CRLF CRLF)");
        String[] head = text.substring(0, end).split("\r\n", -1);
        for (String line : head) {
            assertFalse(line.contains("\n"), "every header line ends with CRLF: " + line);
        }
        assertTrue(head[0].matches("HTTP/1\\.[01] 503 Service Unavailable"), head[0]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            assertTrue(colon > 0, "a header line: " + head[i]);
            headers.put(
                    head[i].substring(0, colon).toLowerCase(Locale.ROOT),
                    head[i].substring(colon + 1).trim());
        }
        assertEquals("text/html; charset=utf-8", headers.get("content-type"));
        assertEquals("no-store", headers.get("cache-control"), "a browser must not keep the outage page");
        assertTrue(headers.getOrDefault("retry-after", "").matches("\\d+"), "Retry-After in seconds: " + headers);
        assertFalse(headers.containsKey("content-length"), "HAProxy delimits the body itself (Connection: close)");
    }

    @Test
    void saysTemporarilyUnavailableInEveryLanguageWithGreenHubsOwnHeadings() throws IOException {
        String body = body();
        assertTrue(body.startsWith("<!DOCTYPE html>"), body);
        assertTrue(body.contains("<html lang=\"en\">"), "the page's main language");
        assertTrue(body.contains("<meta charset=\"utf-8\">"), "readable when saved or opened without the headers");
        Matcher section = SECTION.matcher(body);
        List<String> seen = new ArrayList<>();
        while (section.find()) {
            String lang = section.group(1);
            assertTrue(LANGUAGES.containsKey(lang), "a language GreenHub speaks: " + lang);
            seen.add(lang);
            assertEquals(
                    bundle503Title(LANGUAGES.get(lang)),
                    section.group(2),
                    "the " + lang + " heading is GreenHub's own 503 heading (platform.error.page.503.title)");
            assertTrue(section.group(3).contains("GreenHub"), "says which service: " + section.group(3));
        }
        assertEquals(List.copyOf(LANGUAGES.keySet()), seen, "one part per language, each with its lang attribute");
        assertTrue(body.contains("try again in a minute"), "tells when to come back");
        assertTrue(body.contains("id=\"balancerUnavailable\""), "tests tell it from GreenHub's own 503 page");
        assertFalse(body.contains("id=\"errorPage\""), "not to be mistaken for GreenHub's own page");
    }

    @Test
    void fetchesNothingFromTheServersThatAreDown() throws IOException {
        String body = body().toLowerCase(Locale.ROOT);
        for (String reference : List.of("src=", "href=", "url(", "@import", "<link", "<script", "<img", "<iframe")) {
            assertFalse(body.contains(reference), "no external resource (" + reference + "): the page stands alone");
        }
    }

    @Test
    void haproxysConfigurationServesItFromBesideItself() throws IOException {
        String configuration = Files.readString(CONFIGURATION);
        // Relative to haproxy.cfg (default-path config), so the launcher and the test, started from anywhere, find it.
        assertTrue(configuration.contains("\n    default-path config\n"), "default-path config in global");
        assertTrue(configuration.contains("\n    errorfile 503 503.http\n"), "errorfile 503 503.http");
        // Liveness, not the database: a database outage must leave the nodes in (their own 503 page answers).
        assertTrue(configuration.contains("\n    option httpchk GET /api/health/live\n"), "checks liveness");
    }

    private static String body() throws IOException {
        String text = Files.readString(ERROR_FILE, StandardCharsets.UTF_8);
        return text.substring(text.indexOf("\r\n\r\n") + 4);
    }

    private static String bundle503Title(Locale locale) throws IOException {
        String name = "i18n/platform" + (locale.equals(Locale.ROOT) ? "" : "_" + locale) + ".properties";
        Properties bundle = new Properties();
        try (InputStream in = BalancerErrorPageTest.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue(in != null, "bundle " + name);
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle.getProperty("platform.error.page.503.title");
    }
}
