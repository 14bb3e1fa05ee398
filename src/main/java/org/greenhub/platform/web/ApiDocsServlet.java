package org.greenhub.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /api/docs}: the API's reference (Swagger UI over WildFly's {@code /openapi}), where API users look for it.
 * The page itself is a Faces page in the one layout ({@value #PAGE}), shown here by a forward, so it has the pages'
 * Content-Security-Policy with its nonce. An exact servlet mapping wins over the JAX-RS application's {@code /api/*}.
 */
@WebServlet(name = "ApiDocsServlet", urlPatterns = ApiDocsServlet.PATH)
public class ApiDocsServlet extends HttpServlet {

    public static final String PATH = "/api/docs";
    static final String PAGE = "/public/api-docs.xhtml";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher(PAGE).forward(request, response);
    }
}
