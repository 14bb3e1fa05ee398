package org.greenhub.testsupport.server;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;

/**
 * Test deployments only: {@code POST /test-support/view-round-trip} replaces the caller's view-scoped beans with copies
 * that went through serialization, as the node that takes over after a failover receives them: every {@code transient}
 * field is empty. The next request of an open page then shows whether the page reads again what its beans left out of
 * the session. 404 without a session or view-scoped beans.
 */
@WebServlet("/test-support/view-round-trip")
public class ViewRoundTrip extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object beans = session == null ? null : session.getAttribute(ViewWeight.VIEW_BEANS);
        if (beans == null) {
            response.sendError(404);
            return;
        }
        Object copy;
        synchronized (beans) {
            copy = copy(beans);
        }
        session.setAttribute(ViewWeight.VIEW_BEANS, copy);
        response.setStatus(204);
    }

    private static Object copy(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        ClassLoader deployment = Thread.currentThread().getContextClassLoader();
        try (ObjectInputStream in =
                new DeploymentObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()), deployment)) {
            return in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }

    /** Resolves classes through the deployment, which sees GreenHub's, Faces' and Weld's classes. */
    private static final class DeploymentObjectInputStream extends ObjectInputStream {

        private final ClassLoader loader;

        DeploymentObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, loader);
            } catch (ClassNotFoundException notThere) {
                return super.resolveClass(description);
            }
        }
    }
}
