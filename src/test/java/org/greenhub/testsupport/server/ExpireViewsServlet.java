package org.greenhub.testsupport.server;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Test deployments only: {@code POST test-support/expire-views} drops the caller's stored Faces views, as a session
 * that has opened more pages than it keeps views for would have dropped them; the next Ajax request of an open page
 * then meets an expired view.
 */
@WebServlet("/test-support/expire-views")
public class ExpireViewsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.setStatus(404);
            return;
        }
        session.removeAttribute(ViewWeight.LOGICAL_VIEW_MAP);
        response.setStatus(204);
    }
}
