package org.greenhub.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

import java.util.List;
import java.util.Locale;

/** Builds problem documents in the caller's language (from Accept-Language). */
@ApplicationScoped
public class ProblemFactory {

    @Inject
    Messages messages;

    public Problem problem(int status, String code, String field, HttpHeaders headers, Object... args) {
        return problem(status, code, field, List.of(), headers, args);
    }

    public Problem problem(int status, String code, String field, List<Problem.FieldError> errors, HttpHeaders headers, Object... args) {
        Locale locale = locale(headers);
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : (status == 422 ? "Unprocessable Content" : "Error");
        return new Problem("about:blank", title, status, messages.get(locale, code, args), code, field, errors);
    }

    public Locale locale(HttpHeaders headers) {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                var match = Language.fromTag(wanted.toLanguageTag());
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
}
