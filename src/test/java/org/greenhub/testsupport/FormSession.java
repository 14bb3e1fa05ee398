package org.greenhub.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP session without a browser: keeps cookies and submits Faces forms with their view state. */
public final class FormSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which PrimeFaces' script adds to every form and checks on postback. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final CookieManager cookies = new CookieManager();
    /** The CSP nonce of each page opened through {@link #viewState}, by path. */
    private final Map<String, String> nonces = new java.util.HashMap<>();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final Map<String, String> headers;

    public FormSession(URL base) {
        this(base, Map.of());
    }

    /** A browser that sends these headers with every request (e.g. X-Forwarded-For, as if behind the proxy). */
    public FormSession(URL base, Map<String, String> headers) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.headers = Map.copyOf(headers);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** Opens the page, fills the form's fields (names without the form prefix) and presses the button. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String buttonId) {
        String page = get(path).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("No form on " + path);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * The view state of the page at {@code path}, as a browser would hold it after opening the page. The page's CSP
     * nonce is kept too, for {@link #ajax}: PrimeFaces' script sends it with every request of the page.
     */
    public String viewState(String path) {
        String page = get(path).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("No form on " + path);
        }
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            nonces.put(path, nonce.group(1));
        } else {
            nonces.remove(path);
        }
        return viewState.group(1);
    }

    /**
     * Sends an Ajax request as PrimeFaces does ({@code Faces-Request: partial/ajax}) from the page at {@code path} with
     * the given view state; {@code fields} are full parameter names (with the form prefix) and are sent as given, so a
     * test can leave out what a page always sends.
     */
    public HttpResponse<String> ajax(
            String path, String viewState, String source, String execute, Map<String, String> fields) {
        return ajax(path, viewState, source, execute, execute, fields);
    }

    /** As {@link #ajax(String, String, String, String, Map)}, re-rendering {@code render} (ids, space-separated). */
    public HttpResponse<String> ajax(
            String path, String viewState, String source, String execute, String render, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", render);
        form.put(source, source);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState);
        String nonce = nonces.get(path);
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build());
    }

    /** Posts with the parameters in the address and no body at all (no content type): what no browser sends. */
    public HttpResponse<String> postWithoutBody(String path, Map<String, String> query) {
        return send(HttpRequest.newBuilder(base.resolve(path + (path.contains("?") ? "&" : "?") + encode(query)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The current value of a cookie, e.g. the session id. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public HttpResponse<String> signIn(String email, String password) {
        return submit("account/signin.xhtml", "signInForm", Map.of("email", email, "password", password), "submit");
    }

    private HttpResponse<String> send(HttpRequest request) {
        if (!headers.isEmpty()) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true);
            headers.forEach(builder::header);
            request = builder.build();
        }
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
