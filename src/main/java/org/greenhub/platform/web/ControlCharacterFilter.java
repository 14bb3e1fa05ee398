package org.greenhub.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.text.TextRules;

/**
 * The edge of every request, pages and API alike: control characters that no person types (a NUL above all, which
 * PostgreSQL refuses in text) are refused here with 400, before any feature sees them. It looks at the decoded path,
 * every query and form parameter (tab, line feed and carriage return are allowed there: text areas send them) and
 * the credentials of a Basic {@code Authorization} header. The API answers with a problem document; pages with the
 * 400 page. Features still check their own text ({@link TextRules}); JSON bodies are checked by the JSON reader.
 */
@WebFilter(filterName = "ControlCharacterFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class ControlCharacterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ControlCharacterFilter.class.getName());

    @Inject
    transient ProblemFactory problems;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // Forms are UTF-8; set before the parameters are first read, as Faces itself would.
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String refused = refusedPart(request);
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info(() -> "Refused a request with control characters in its " + refused + ": " + request.getMethod() + " "
                + request.getRequestURI().replaceAll("[^\\x21-\\x7e]", "?"));
        if (ProblemFactory.isApi(request, request.getRequestURI())) {
            problems.write(request, response, 400, "platform.api.controlCharacters");
        } else {
            response.sendError(400);
        }
    }

    /** @return which part of the request carries a forbidden character, or null when none does */
    static String refusedPart(HttpServletRequest request) {
        if (TextRules.hasAnyControlCharacter(request.getServletPath())
                || TextRules.hasAnyControlCharacter(request.getPathInfo())) {
            return "path";
        }
        if (basicCredentialsHaveControlCharacters(request.getHeader("Authorization"))) {
            return "credentials";
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unreadable) {
            // A body the container cannot parse (too large, malformed multipart): what comes next answers for it.
            return null;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (TextRules.hasAnyControlCharacter(parameter.getKey())) {
                return "parameters";
            }
            for (String value : parameter.getValue()) {
                if (TextRules.hasControlCharacters(value)) {
                    return "parameters";
                }
            }
        }
        return null;
    }

    static boolean basicCredentialsHaveControlCharacters(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            return TextRules.hasAnyControlCharacter(decoded);
        } catch (IllegalArgumentException notBase64) {
            // Simply wrong credentials: the API answers 401.
            return false;
        }
    }
}
