package org.greenhub.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/** Builds problem documents in the caller's language (from Accept-Language). */
@ApplicationScoped
public class ProblemFactory {

    /** Serialises problems written outside JAX-RS the same way JSON-B does inside it. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Messages messages;

    public Problem problem(int status, String code, String field, HttpHeaders headers, Object... args) {
        return problem(status, code, field, List.of(), headers, args);
    }

    public Problem problem(
            int status,
            String code,
            String field,
            List<Problem.FieldError> errors,
            HttpHeaders headers,
            Object... args) {
        return problem(status, code, field, errors, locale(headers), args);
    }

    public Problem problem(
            int status, String code, String field, List<Problem.FieldError> errors, Locale locale, Object... args) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : (status == 422 ? "Unprocessable Content" : "Error");
        return new Problem("about:blank", title, status, messages.get(locale, code, args), code, field, errors);
    }

    public Locale locale(HttpHeaders headers) {
        if (headers != null) {
            List<Locale> acceptable;
            try {
                acceptable = headers.getAcceptableLanguages();
            } catch (RuntimeException malformed) {
                return Locale.ENGLISH;
            }
            for (Locale wanted : acceptable) {
                var match = Language.fromTag(wanted.toLanguageTag());
                if (match.isPresent()) {
                    return match.get().locale();
                }
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * The caller's language from a raw Accept-Language header, read leniently (first supported tag in the order given):
     * for answers written outside JAX-RS, where the header may be the very thing that is malformed.
     */
    public Locale locale(String acceptLanguage) {
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                String tag = part.split(";", 2)[0].strip();
                var match = tag.isEmpty() || tag.length() > 35
                        ? java.util.Optional.<Language>empty()
                        : Language.fromTag(tag);
                if (match.isPresent()) {
                    return match.get().locale();
                }
            }
        }
        return Locale.ENGLISH;
    }

    public String text(HttpHeaders headers, String code, Object... args) {
        return messages.get(locale(headers), code, args);
    }

    /** Answers a servlet request (outside JAX-RS: a filter, an error page) with a problem document. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code)
            throws IOException {
        Problem problem = problem(status, code, null, List.of(), locale(request.getHeader("Accept-Language")));
        byte[] body = JSON.toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"GreenHub\", charset=\"UTF-8\"");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** True for a request to the JSON API, whose answers are always problem documents, never pages. */
    public static boolean isApi(HttpServletRequest request, String uri) {
        String path = uri == null
                ? ""
                : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api;");
    }
}
