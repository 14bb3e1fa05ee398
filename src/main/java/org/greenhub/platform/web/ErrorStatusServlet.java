package org.greenhub.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.error.DatabaseUnavailable;

/**
 * Where the container sends the errors it answers itself (web.xml error pages for 400 and 404: an undecodable path,
 * a malformed header the JAX-RS runtime refuses before any resource runs, a page that does not exist; and 503 when
 * the database is out of reach, with {@code Retry-After}). A request to the API gets a problem document, like every
 * other API answer; a page request gets the translated error page.
 */
@WebServlet(name = "ErrorStatusServlet", urlPatterns = ErrorStatusServlet.PATH)
public class ErrorStatusServlet extends HttpServlet {

    static final String PATH = "/errors/status";
    private static final long serialVersionUID = 1L;

    @Inject
    transient ProblemFactory problems;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            response.sendError(404);
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 400;
        String uri =
                request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ? original : null;
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        if (ProblemFactory.isApi(request, uri)) {
            problems.write(
                    request,
                    response,
                    status,
                    switch (status) {
                        case 404 -> "platform.error.notFound";
                        case 503 -> "platform.error.unavailable";
                        case 405 -> "platform.api.methodNotAllowed";
                        case 406 -> "platform.api.notAcceptable";
                        case 415 -> "platform.api.unsupportedMediaType";
                        default -> "platform.api.badRequest";
                    });
            return;
        }
        request.getRequestDispatcher(
                        switch (status) {
                            case 404 -> "/WEB-INF/errors/404.xhtml";
                            case 503 -> "/WEB-INF/errors/503.xhtml";
                            default -> "/WEB-INF/errors/400.xhtml";
                        })
                .forward(request, response);
    }
}
